package pipeline

import "testing"

// TestWelcomedActIsPraise pins "welcomed" with any act as its object as
// praise (051) of whoever did it, told before; people welcomed are hosted
// (043) and refugees taken in (075), as before.
func TestWelcomedActIsPraise(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"a withdrawal welcomed", "1988-05-15", "KABUL, Afghanistan (AP) \u2014 Soviet troops began leaving Afghanistan on Sunday. Pakistan's President Zia ul-Haq welcomed the withdrawal.", "051", "PAKGOV>RUSMIL", ""},
		{"talks welcomed", "2023-03-10", "Russia welcomed the talks on Friday.", "051", "RUSGOV>", ""},
		{"a release welcomed", "2022-12-09", "MOSCOW (AP) \u2014 Russia freed the American basketball player on Thursday. The United States welcomed the exchange.", "05", "USAGOV>RUSGOV", ""},
		{"an arrest welcomed", "2019-04-12", "KHARTOUM, Sudan (AP) \u2014 The military arrested the president on Thursday. Protest leaders welcomed the arrest.", "051", "SDNOPP>SDNMIL", ""},
		{"a guest welcomed is hosted", "2023-04-05", "Macron welcomed Lula to Paris on Wednesday.", "043", "FRAGOV>BRAGOV", ""},
		{"refugees welcomed are taken in", "2022-03-01", "Poland welcomed the refugees.", "075", "POLGOV>REF", ""},
	})
}
