package pipeline

import "testing"

// TestStateByEpithet codes states named by the epithets and seats that
// wire copy uses in place of their names: "the Jewish state" for Israel,
// "the Islamic Republic" for Iran, "Number 10" for the British
// government; a state's full official name keeps its own country.
func TestStateByEpithet(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"talks suspended with the Jewish state", "2012-11-20", "Egypt suspended its talks with the Jewish state on Tuesday.", "164", "EGYGOV>ISRGOV", ""},
		{"rockets at the Jewish state", "2014-07-10", "Hamas fired dozens of rockets at the Jewish state overnight.", "19", "PSEREB>ISRGOV", ""},
		{"the Jewish state's army", "2009-01-05", "The Jewish state's army shelled Gaza City on Monday.", "19", "ISRMIL>PSEGOV", ""},
		{"Islamic Republic accused", "2019-06-14", "Saudi Arabia accused the Islamic Republic of attacking two tankers in the Gulf of Oman.", "112", "SAUGOV>IRNGOV", ""},
		{"Islamic Republic as subject", "2020-01-08", "The Islamic Republic fired ballistic missiles at two bases housing U.S. troops in Iraq.", "19", "IRNMIL>USAMIL", ""},
		{"Islamic Republic of Pakistan", "2019-02-27", "The Islamic Republic of Pakistan protested to India over the air strike.", "114", "PAKGOV>INDGOV", ""},
		{"Islamic Republic of Afghanistan", "2015-03-02", "The Islamic Republic of Afghanistan condemned the attack by the Taliban.", "111", "AFGGOV>AFGREB", ""},
		{"Number 10 condemned", "2018-03-12", "Number 10 condemned Moscow's annexation of Crimea on Tuesday.", "111", "GBRGOV>RUSGOV", ""},
		{"Number 10 rejected", "2019-10-09", "Number 10 rejected the European Union's demand for a customs border.", "12", "GBRGOV>IGOEUR", ""},
	})
}
