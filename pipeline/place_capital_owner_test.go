package pipeline

import "testing"

// TestPlaceCapitalOwner pins "the capital" told with a country's adjective
// ("through the Iranian capital", "in the Kenyan capital"): the capital of
// that country, not of the country the act or the dateline is of. "The
// capital" alone stays the capital of the act's country, and "the capital
// of Mali" Mali's.
func TestPlaceCapitalOwner(t *testing.T) {
	runAuditPlaceRows(t, []auditPlaceRow{
		{"a march in the capital of the marchers, from abroad", "1987-08-02",
			"Iranians march against Saudi rulers\n\nRIYADH, Saudi Arabia —\n\nHundreds of thousands of Iranians marched through the Iranian capital on Saturday, chanting against the Saudi royal family.",
			"Iranian capital", "14", "Tehran/IRN", ""},
		{"police in a capital named by its adjective", "2008-01-16",
			"Kenyan police fire on protesters\n\nKAMPALA, Uganda —\n\nKenyan police fired tear gas at opposition supporters in the Kenyan capital on Wednesday.",
			"Kenyan capital", "17", "Nairobi/KEN", ""},
		{"a rally in the Ukrainian capital, from Moscow", "2013-12-01",
			"Protesters rally in Kiev\n\nMOSCOW, Russia —\n\nUkrainian protesters rallied against President Viktor Yanukovych in the Ukrainian capital on Sunday.",
			"Ukrainian capital", "14", "Kyiv/UKR", ""},
		{"a bombing in the Afghan capital, from Islamabad", "2017-05-31",
			"Truck bomb kills dozens in Kabul\n\nISLAMABAD, Pakistan —\n\nMilitants detonated a truck bomb in the Afghan capital on Wednesday, killing at least 90 people.",
			"Afghan capital", "18|19", "Kabul/AFG", ""},
		{"a strike by another state on the capital", "2022-10-10",
			"Missiles hit Kyiv\n\nLONDON, Britain —\n\nRussian forces fired missiles at power stations in the Ukrainian capital on Monday.",
			"Ukrainian capital", "18|19", "Kyiv/UKR", ""},
		{"jets of one state over another's capital", "2015-04-20",
			"Saudi jets strike Sanaa\n\nRIYADH, Saudi Arabia —\n\nSaudi warplanes bombed Houthi positions in the Yemeni capital on Monday.",
			"Yemeni capital", "19", "Sanaa/YEM", ""},
		{"an arrest of foreigners in the capital", "2016-07-12",
			"Turkish police detain Syrians\n\nDAMASCUS, Syria —\n\nSyrian refugees were arrested by Turkish police in the Turkish capital on Tuesday.",
			"Turkish capital", "17", "Ankara/TUR", ""},
		// guards: the capital alone; the capital of a country
		{"guard: the capital alone is the act's country's", "2020-11-18",
			"Uganda police fire tear gas\n\nNAIROBI, Kenya —\n\nUgandan police fired tear gas at supporters of Bobi Wine in the capital on Wednesday.",
			"in the capital", "17", "Kampala/UGA", ""},
		{"guard: the capital of a country", "2012-03-22",
			"Soldiers seize power in Mali\n\nDAKAR, Senegal —\n\nMalian soldiers attacked the presidential palace in the capital of Mali on Wednesday.",
			"capital of Mali", "18|19", "Bamako/MLI", ""},
	})
}
