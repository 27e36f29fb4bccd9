package pipeline

import "testing"

// TestThrownAtTarget: what crowds throw at a party (sets.txt's &thrown)
// includes flares, firecrackers, fruit, shoes and paint, as stones and
// eggs: "threw flares at the Russian embassy" is a riot aimed at Russia.
func TestThrownAtTarget(t *testing.T) {
	testLexRows(t, []lexRow{
		{"flares at an embassy", d, "In Kiev, protesters threw flares at the Russian embassy late on Sunday.", "145", "UKRCVL>RUSGOV", ""},
		{"firecrackers and tomatoes", d, "Students hurled firecrackers and tomatoes at the Japanese consulate in Shanghai.", "145", "CHNCVL>JPNGOV", ""},
		{"shoes at a president", "2008-12-14", "An Iraqi journalist threw his shoes at President George W. Bush in Baghdad.", "145", "IRQMED>USAGOV", ""},
		{"paint at an embassy", d, "Opposition supporters threw paint at the French embassy in Bamako.", "145", "MLIOPP>FRAGOV", ""},
		{"rubbish at a minister", d, "Angry farmers threw rubbish and fruit at the Spanish agriculture minister in Madrid.", "145", "ESPCVL>ESPGOV", ""},
		{"guard: flares fired by an army", d, "The Israeli army fired flares over Gaza City.", "145", "", ""},
		{"guard: a thrown ball", d, "Protesters in Paris threw a ball at the police line.", "145", "", ""},
	})
}
