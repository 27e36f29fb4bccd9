package pipeline

import "testing"

// TestCoordButNot: a phrase after "but not" or "and not" is set apart
// from the list: neither a second source ("Japan, but not South Korea,
// condemned") nor a second target ("sanctioned Russia but not Belarus").
func TestCoordButNot(t *testing.T) {
	testCoordRows(t, defaultCoder(t), []lexRow{
		{"aside subject: included", "2014-03-02", "Japan, but not South Korea, condemned China's move.", "11", "JPNGOV>CHNGOV", ""},
		{"aside subject: excluded", "2014-03-02", "Japan, but not South Korea, condemned China's move.", "11", "!KOR", ""},
		{"aside subject, capitals", "2003-03-20", "Washington, but not London, recalled its ambassador from Moscow.", "16", "!GBR", ""},
		{"aside subject, expel", "2022-04-05", "Germany, but not Italy, expelled dozens of Russian diplomats.", "16", "!ITA", ""},
		{"object: included", "2022-03-01", "Canada sanctioned Russia but not Belarus.", "16", "CANGOV>RUSGOV", ""},
		{"object: excluded", "2022-03-01", "Canada sanctioned Russia but not Belarus.", "16", "!CANGOV>BLR", ""},
		{"object after and not", "1998-08-21", "Washington blamed Osama bin Laden and not the Sudanese government for the bombings.", "11", "!USAGOV>SDN", ""},
		{"object aside between commas", "2019-05-10", "Ethiopia accused Eritrea, but not Sudan, of arming the rebels.", "112", "!ETHGOV>SDN", ""},
		{"guard: and also joins", "2019-05-10", "Britain and also France condemned Iran.", "11", "FRAGOV>IRNGOV", ""},
		{"guard: but opens a clause", "2019-05-10", "Russia condemned the strike on Syria but China did not.", "11", "!CHN", ""},
		{"guard: plain list", "2022-03-01", "Canada sanctioned Russia and Belarus.", "16", "CANGOV>BLRGOV", ""},
	})
}
