package pipeline

import "testing"

// TestMaterialSupport: support of a material kind (military, logistical,
// medical, humanitarian, economic) given, provided or told as a noun is aid
// (07), not the verbal support of 051 ("voiced support for").
func TestMaterialSupport(t *testing.T) {
	testLexRows(t, []lexRow{
		{"noun subject with for", "2021-05-04", "Iran's military support for Hezbollah worries Israel.", "072", "IRNMIL>LBNRAD", ""},
		{"given to after said", "1999-06-10", "France said it was giving logistical and medical support to Djibouti's army.", "07", "FRA>DJIMIL", ""},
		{"provided", "2016-01-10", "Russia provided military support to the Syrian government.", "072", "RUS>SYRGOV", ""},
		{"stepped up noun for", "2017-03-10", "Turkey's military support for Azerbaijan angered Armenia.", "072", "TURMIL>AZE", ""},
		{"economic support given", "2014-01-10", "Qatar gave economic support to Egypt.", "071", "QAT>EGY", ""},
		{"humanitarian support delivered", "2014-01-10", "Jordan delivered humanitarian support to Syrian refugees.", "073", "JOR>SYRREF", ""},
		{"guard: voiced support", "2014-01-10", "Washington voiced support for the Iraqi government.", "07", "", ""},
		{"guard: support of a plan", "2014-01-10", "The plan won support from the military.", "07", "", ""},
	})
}

// TestWithdrawalFrom: a withdrawal or pullout completed, begun or announced
// takes the place it leaves as its target, as the noun alone does ("the
// withdrawal from Gaza"): "Israel completed its withdrawal from Gaza".
func TestWithdrawalFrom(t *testing.T) {
	testLexRows(t, []lexRow{
		{"completed withdrawal from", "2005-09-12", "Israel completed its withdrawal from Gaza on Monday.", "087", "ISR>PSE", ""},
		{"began pullout from", "1988-05-16", "The Soviet Union began its pullout from Afghanistan on Sunday.", "087", "RUS>AFG", ""},
		{"announced withdrawal from", "2018-12-19", "Washington announced its withdrawal from Syria on Wednesday.", "087", "USAGOV>SYR", ""},
		{"completed withdrawal after said", "2011-12-18", "Officials said the United States had completed its withdrawal from Iraq.", "087", "USA>IRQ", ""},
		{"guard: no from-phrase keeps no target", "2011-12-18", "The United States completed its withdrawal on Sunday.", "087", "USA>", ""},
	})
}

// TestConcedeSport: "concede" alone is yielding (080), but not a goal,
// point, set or game conceded in sport.
func TestConcedeSport(t *testing.T) {
	testLexRows(t, []lexRow{
		{"guard: conceded a goal", d, "Spain conceded a late goal against Italy.", "08", "", ""},
		{"guard: conceded two goals", d, "Nigeria conceded two goals in the first half.", "08", "", ""},
		{"guard: conceded the first set", d, "The Serbian player conceded the first set.", "08", "", ""},
		{"conceded defeat", "2019-01-10", "The Kenyan opposition conceded defeat on Thursday.", "08", "KENOPP>", ""},
		{"conceded alone", "2020-11-10", "The Georgian government conceded on Monday.", "080", "GEOGOV>", ""},
		{"conceded to demands", "2020-11-10", "The Georgian government conceded to the demands of the protesters.", "0832", "GEOGOV>GEOOPP", ""},
	})
}

// TestChallengeToAct: challenging a party to do something is demanding it
// (10), as telling it to is: "challenged Washington to stop financing the
// Contras"; a challenge to a match or in court is not.
func TestChallengeToAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"challenged X to stop", "1987-08-10", "Ortega challenged Washington to stop financing the Contras.", "10", "NICGOV>USAGOV", ""},
		{"challenged X to resign", "2014-01-10", "The Thai opposition challenged the prime minister to resign.", "10", "THAOPP>THAGOV", ""},
		{"challenged X to lift", "2019-01-10", "Iran challenged the United States to lift its sanctions.", "10", "IRN>USA", ""},
		{"challenged relative", "2019-01-10", "Pyongyang, which challenged Seoul to end its drills, fired a missile.", "10", "PRKGOV>KORGOV", ""},
		{"guard: a rematch", d, "The Serbian champion challenged his rival to a rematch.", "10", "", ""},
		{"guard: in court", d, "The opposition challenged the results in court.", "10", "", ""},
	})
}

// TestCoopWordsAudit: words the phrasing audit of roots 02-10 found missing:
// congratulations or support sent in a message (051, as condolences, 018),
// protection or refugee visas granted (075), an ordinance scrapped or
// withdrawn (0832), captives let leave (0841, as let go).
func TestCoopWordsAudit(t *testing.T) {
	testLexRows(t, []lexRow{
		{"message of congratulations", "2020-11-25", "Xi Jinping sent a message of congratulations to Joe Biden on Wednesday.", "051", "CHNGOV>USAGOV", ""},
		{"letter of support", "2022-03-01", "Polish President Andrzej Duda sent a letter of support to Volodymyr Zelensky.", "051", "POLGOV>UKRGOV", ""},
		{"congratulatory telegram", "2018-06-25", "Putin sent a congratulatory telegram to Erdogan on Monday.", "051", "RUSGOV>TURGOV", ""},
		{"guard: message of condolence", "2018-06-25", "Putin sent a message of condolence to Erdogan on Monday.", "05", "", ""},
		{"protection visas granted", "2006-03-23", "Canberra granted temporary protection visas to 42 asylum seekers from Papua.", "075", "AUSGOV>REF", ""},
		{"guard: tourist visas", "2006-03-23", "Australia granted tourist visas to 200 Chinese students.", "075", "", ""},
		{"scrapped the ordinance", "2017-02-05", "Romania's government scrapped the ordinance on Sunday after mass protests.", "0832", "ROUGOV>ROUOPP", ""},
		{"guard: scrapped the old jets", "2017-02-05", "Romania's air force scrapped its old jets.", "0832", "", ""},
		{"let leave", "2020-01-10", "The rebels let the hostages leave on Monday.", "0841", "REB>CVL", ""},
		{"guard: let the deadline pass", "2020-01-10", "The rebels let the deadline pass on Monday.", "08", "", ""},
	})
}
