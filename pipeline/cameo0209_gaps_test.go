package pipeline

import "testing"

// TestFamilyConsultEndorseGaps: meetings, praise, ties and requests of roots 02-06 and 09 the
// codebook names and the lexicon lacked: best wishes sent, ties repaired, an alliance formed or a
// coalition joined, ties restored or established between two parties, ambassadors exchanged,
// leaders who embrace, a visit named by its visitor, an application to join, willingness announced,
// operations coordinated, an examination opened. Negated and supposed forms, and a coalition
// government formed at home, code none.
func TestFamilyConsultEndorseGaps(t *testing.T) {
	testGapRows(t, []doerRow{
		{"best wishes sent", "2024-08-08", "Indian Prime Minister Narendra Modi sent his best wishes on Thursday to Bangladesh's new leader.", "051", "INDGOV>BGDGOV"},
		{"greetings sent", "2015-01-30", "Chinese President Xi Jinping sent greetings to the Vietnamese people on Friday.", "051", "CHNGOV>VNMCVL"},
		{"ties repaired", "2021-05-27", "Rwanda and France repaired their relations on Thursday.", "050", "RWAGOV>FRAGOV"},
		{"alliance formed", "1999-12-08", "Russia and Belarus formed an alliance on Wednesday.", "050", "RUSGOV>BLRGOV"},
		{"coalition joined", "2014-09-24", "Jordan joined the U.S.-led coalition against Islamic State.", "050", "JORGOV>USAMIL"},
		{"restoration of ties between", "2015-07-20", "The restoration of ties between Cuba and the United States came on Monday after decades.", "050", "CUBGOV>USAGOV"},
		{"establishment of relations between", "1979-01-01", "The establishment of diplomatic relations between China and the United States was announced on Monday.", "050", "CHNGOV>USAGOV"},
		{"ambassadors exchanged", "2020-09-15", "Israel and the United Arab Emirates exchanged ambassadors on Tuesday.", "054", "AREGOV>ISRGOV"},
		{"leaders embraced", "2016-02-12", "Pope Francis and Patriarch Kirill of Moscow embraced at Havana's airport on Friday.", "040", "VATREL>RUSREL"},
		{"forum opened with", "2006-04-05", "Chinese Premier Wen Jiabao opened a forum with leaders of Pacific island states on Wednesday.", "040", "CHNGOV>GOV"},
		{"visit of a leader to", "2014-09-19", "The visit of the Chinese president to India ended on Friday.", "042", "CHNGOV>INDGOV"},
		{"applied to join", "2022-05-18", "Finland and Sweden formally applied to join NATO on Wednesday.", "020", "FINGOV>"},
		{"willingness announced", "2012-08-28", "Colombia's FARC rebels announced their willingness to negotiate with the government.", "036", "COLREB>COLGOV"},
		{"operations coordinated", "2015-07-05", "Israel and Egypt coordinated their military operations in Sinai.", "062", "ISRGOV>EGYGOV"},
		{"examination opened", "2015-01-16", "The International Criminal Court opened a preliminary examination into the situation in Palestine.", "090", "IGOICC>PSEGOV"},
		// guards
		{"guard: did not embrace", "2016-02-12", "Pope Francis and Patriarch Kirill did not embrace at the airport.", "040", ""},
		{"guard: ties not repaired", "2021-05-27", "Rwanda and France have not repaired their relations.", "050", ""},
		{"guard: may apply to join", "2022-05-18", "Finland may apply to join NATO next year.", "020", ""},
		{"guard: coalition government", "2021-05-27", "Israel's parties formed a coalition government on Wednesday.", "050", ""},
		{"guard: wishes of the people", "2021-05-27", "The government sent its troops against the wishes of the people.", "051", ""},
	})
}

// TestFamilyOliveBranch: an olive branch or the hand of friendship extended or held out, and
// overtures made, offer cooperation (030), as an olive branch offered does. Negated, or a bank's
// branches extended, none.
func TestFamilyOliveBranch(t *testing.T) {
	testGapRows(t, []doerRow{
		{"olive branch extended", "2021-04-27", "Iran extended an olive branch to Saudi Arabia on Tuesday.", "030", "IRNGOV>SAUGOV"},
		{"olive branch held out", "2021-04-27", "Iran held out an olive branch to Saudi Arabia on Tuesday.", "030", "IRNGOV>SAUGOV"},
		{"hand of friendship extended", "2018-01-01", "South Korea extended the hand of friendship to North Korea on Monday.", "030", "KORGOV>PRKGOV"},
		{"overtures made", "1990-08-15", "Iraq made peace overtures to Iran on Wednesday.", "030", "IRQGOV>IRNGOV"},
		// guards
		{"guard: olive branch not extended", "2021-04-27", "Iran did not extend an olive branch to Saudi Arabia.", "030", ""},
		{"guard: branch network extended", "2021-04-27", "The Kenyan bank extended its branch network on Tuesday.", "030", ""},
	})
}
