package pipeline

import "testing"

// A radio a state, a seat of power or a group owns speaks for its owner:
// "Phnom Penh radio accused", "Syrian radio called", "the rebels' radio
// said"; a radio of no one named is no one.
func TestOwnedRadioSpeaksForOwner(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a capital's radio", "1975-05-14", "Phnom Penh radio accused the American ship of spying in Cambodian waters.", "112", "KHMGOV>USA", ""},
		{"another capital's radio", "1980-10-01", "Tehran radio accused Iraq of shelling the port of Abadan.", "112", "IRNGOV>IRQ", ""},
		{"a nationality's radio", "2003-05-02", "Syrian radio accused Israel of planning a new attack.", "112", "SYRGOV>ISR", ""},
		{"a country's radio", "1990-03-01", "Ethiopia's radio accused Sudan of arming the rebels.", "112", "ETHGOV>SDN", ""},
		{"a group's radio", "1991-04-01", "The rebels' radio accused the army of killing civilians in Asmara.", "112", "ERIREB>ERIMIL", ""},
		{"a radio of no one", "2010-05-01", "A local radio accused the governor of corruption.", "112", "", ""},
	})
}
