package pipeline

import "testing"

// TestOrganisationsSixthPass: unions, professional bodies, security forces
// and armed groups the sixth pass of the audit added act as their country's
// and sector's, wherever the story is filed from.
func TestOrganisationsSixthPass(t *testing.T) {
	testLexRows(t, []lexRow{
		{"anti-balaka is no Séléka", "2014-01-20", "Anti-balaka militiamen attacked Seleka fighters in Bangui on Sunday.", "19", "CAFUAF>CAFREB", ""},
		{"anti-balaka militias targeted Muslims", "2014-02-10", "The anti-balaka killed dozens of Muslim civilians in western Central African Republic.", "18", "CAFUAF>CAFCVL", ""},
		{"Greek unions struck", "2011-06-28", "ATHENS, Greece (AP) — GSEE and ADEDY called a 48-hour general strike against the austerity bill.", "14", "GRCLAB>GRCGOV", ""},
		{"Kenyan doctors' union struck", "2017-01-05", "NAIROBI, Kenya (AP) — KMPDU rejected the government's pay offer and vowed to continue the strike.", "12", "KENLAB>KENGOV", ""},
		{"Kenyan teachers' union", "2015-09-02", "KNUT accused the government of defying a court order on teachers' pay.", "112", "KENLAB>KENGOV", ""},
		{"Nigerian resident doctors", "2021-08-02", "ABUJA, Nigeria (AP) — NARD began an indefinite strike on Monday over unpaid salaries.", "14", "NGALAB>NGAGOV", ""},
		{"South African teachers' union marched", "2016-03-10", "SADTU members protested outside the education department in Pretoria on Thursday.", "14", "ZAFLAB>ZAFGOV", ""},
		{"British rail union walked out", "2022-06-21", "LONDON (AP) — The RMT accused Transport Secretary Grant Shapps of wrecking the talks.", "112", "GBRLAB>GBRGOV", ""},
		{"Indonesian police unit raided", "2019-05-22", "JAKARTA, Indonesia (AP) — Brimob officers fired tear gas at rioters near the election commission.", "175", "IDNCOP>IDNCVL", ""},
		{"Philippine armed forces clashed", "2017-06-01", "The Armed Forces of the Philippines clashed with Maute militants in Marawi.", "19", "PHLMIL>PHLREB", ""},
		{"Savak arrested dissidents", "1977-11-20", "TEHRAN, Iran (AP) — Savak agents arrested 40 students after the protest.", "173", "IRNSPY>IRNCVL", ""},
		{"Fatemiyoun fought in Syria", "2016-02-05", "Fighters of the Fatemiyoun brigade attacked rebel positions near Aleppo.", "19", "AFGUAF>SYRREB", ""},
		{"Tiger Forces advanced", "2018-02-26", "The Tiger Forces shelled rebel positions in Eastern Ghouta on Monday.", "19", "SYRMIL>SYRREB", ""},
		{"Benghazi Shura Council attacked", "2015-04-05", "The Shura Council of Benghazi Revolutionaries attacked army positions near the port.", "19", "LBYRAD>LBYMIL", ""},
		{"Hirak Rif protested", "2017-05-30", "Hirak Rif protesters clashed with police in Al Hoceima.", "14", "MAROPP>MARCOP", ""},
		{"Falun Gong demonstrated", "1999-04-26", "BEIJING (AP) — About 10,000 Falun Gong followers demonstrated outside the Zhongnanhai leadership compound.", "14", "CHNREL>CHNGOV", ""},
		{"Green Movement rallied", "2009-12-27", "Supporters of the Green Movement clashed with Basij militiamen in Tehran.", "14", "IRNOPP>IRNMIL", ""},
		{"a carmaker accused", "2019-09-20", "The UAW accused General Motors of bargaining in bad faith.", "112", "USALAB>USABUS", ""},
		{"a tech firm blacklisted", "2019-05-16", "The United States blacklisted Huawei on Wednesday.", "163", "USA>CHNBUS", ""},
		{"an oil company fined", "2019-09-02", "Nigeria's government fined Shell 1.5 billion dollars on Monday.", "116", "NGAGOV>GBRBUS", ""},
		{"an oil company nationalised", "1951-05-02", "Iran nationalised the Anglo-Iranian Oil Company on Tuesday.", "171", "IRN>GBRBUS", ""},
		{"a social network banned", "2022-03-21", "Russia banned Facebook on Monday.", "1722", "RUS>USABUS", ""},
		{"an oil company's workers kidnapped", "2006-05-11", "Rebels kidnapped four Chevron workers in the Niger Delta.", "181", "NGAREB>USABUS", ""},
		{"a state oil company sued", "2008-02-07", "Venezuela accused ExxonMobil of waging economic war.", "112", "VEN>USABUS", ""},
		{"a copper company seized", "1971-07-12", "Chile's government seized the assets of Codelco's foreign partners.", "", "", "left alone: the partners are not Codelco"},
		{"Kataeb alone is the party", "2020-08-08", "Kataeb withdrew its three lawmakers from parliament after the Beirut port explosion.", "", "", "left alone: no coded act checked"},
	})
}
