package pipeline

import (
	"testing"
	"time"
)

// TestThreatOnCondition: force held out on a condition is a threat aimed at
// whoever the condition is about: the subject of an active condition, the
// agent of a passive one, and no one when a passive condition names no
// agent (the one harmed is not the threat's target).
func TestThreatOnCondition(t *testing.T) {
	testLexRows(t, []lexRow{
		{"passive condition, no agent", "2009-06-29", "Venezuelan President Hugo Chavez warned that he would respond militarily if his envoy was harmed.", "13", "VENGOV>", ""},
		{"passive condition with an agent", d, "Iran said it would retaliate if its ships were attacked by the US navy.", "13", "IRN>USAMIL", ""},
		{"active condition", "2023-07-31", "Nigeria said it could resort to force unless the Nigerien junta restored the president.", "13", "NGA>NERGOV", ""},
		{"passive condition, own citizens", d, "Turkey warned it would strike back if its soldiers were killed.", "13", "TUR>", ""},
	})
}

// TestReportedJudgement: a statement that a thing or act is illegal,
// unfair, too lenient ... disapproves of it (111), aimed at the subject
// when it is an actor; the judgement alone, said by no one, is no event,
// and a judgement of approval is none either.
func TestReportedJudgement(t *testing.T) {
	testLexRows(t, []lexRow{
		{"actions of a state", d, "Iran said Israel's actions were illegal.", "111", "IRN>ISR", ""},
		{"a report after the clause", d, "Israel's actions were illegal, Iran said.", "111", "IRN>ISR", ""},
		{"a verdict", "2019-10-14", "Spain's opposition said the verdict was unjust.", "111", "ESPOPP>", ""},
		{"an election", "2020-08-10", "The Belarusian opposition said the election was fraudulent.", "111", "BLROPP>", ""},
		{"said by no one", d, "The verdict was too lenient.", "11", "", ""},
		{"approval", d, "The minister said the talks were constructive.", "11", "", ""},
		{"blame keeps its own reading", d, "Hamas said its fighters were behind the attack.", "015", "PSEREB>", ""},
	})
}

// TestPassiveConjunct: an auxiliary of the passive serves a verb joined to
// it by "and" ("were convicted of sedition and sentenced to 13 years"), so
// the people convicted do not sentence anyone; with an object of its own
// the second verb is active ("arrested two men and charged them"). "Press"
// is an appeal only to an actor ("pressed Israel to halt"), not "a count
// pressed by prosecutors".
func TestPassiveConjunct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"sentenced after convicted: by the courts, not the politicians", d, "Four Basque politicians were convicted of rebellion and sentenced to eight years in jail.", "116", "ESPJUD>ESPGOV", ""},
		{"charged after arrested: the students charge no one", d, "Two Kenyan students were arrested on Monday and charged with murder.", "173", "KENCOP>KENCVL", ""},
		{"an active second verb", d, "Kenyan police arrested two men and charged them with murder.", "173", "KENCOP>KENCVL", ""},
		{"pressing an actor", d, "The United States pressed Israel to halt settlement building.", "02", "USA>ISR", ""},
		{"a count pressed", d, "A tribunal acquitted all five of sabotage, a charge that had been pressed by army lawyers.", "02", "", ""},
	})
}

// TestPassiveConjunctNoActiveSource: the students arrested and charged are
// not the source of a charge.
func TestPassiveConjunctNoActiveSource(t *testing.T) {
	c := newCoder(t)
	on, err := time.Parse(time.DateOnly, d)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range codeText(t, c, "Two Kenyan students were arrested on Monday and charged with murder.", on) {
		if e.Source != nil && e.Source.Sector == "CVL" {
			t.Errorf("got %s %s: the students arrested are its source", e.CAMEO, dyad(e))
		}
	}
}

// TestRetaliationInKind: retaliation with duties or sanctions is a sanction
// (163), not force; it answers the act aimed at its source told earlier in
// the same sentence too; "leaving 20 soldiers dead" is the toll of a
// clash, not a withdrawal.
func TestRetaliationInKind(t *testing.T) {
	testLexRows(t, []lexRow{
		{"duties in the same sentence", "2018-07-06", "The United States imposed tariffs on Chinese imports on Friday, and Beijing retaliated within hours with matching duties.", "163", "CHNGOV>USA", ""},
		{"sanctions against a named target", d, "Russia retaliated against Britain with sanctions.", "163", "RUS>GBR", ""},
		{"not force", "2018-07-06", "The United States imposed tariffs on Chinese imports on Friday, and Beijing retaliated with matching duties.", "19", "", ""},
		{"force stays force", d, "Iran retaliated with missile strikes on US bases.", "19", "IRN>USA", ""},
		{"a toll is no withdrawal", d, "Indian and Chinese troops clashed on Monday night, leaving 20 Indian soldiers dead.", "087", "", ""},
		{"leaving a country is", d, "The last US troops left Afghanistan on Monday.", "087", "USAMIL>AFG", ""},
	})
}

// TestUnidentifiedAfterTroopsSent: a show of force by a named actor
// elsewhere in the story (troops sent) does not make a later killing by
// someone unnamed a toll of it.
func TestUnidentifiedAfterTroopsSent(t *testing.T) {
	c := newCoder(t)
	on := time.Date(2005, 4, 27, 12, 0, 0, 0, time.UTC)
	text := "NICOSIA, Cyprus — Turkey first landed troops on the island in 1974.\n\n" +
		"A former foreign minister was assassinated in Nicosia in March.\n"
	found := false
	for _, e := range codeText(t, c, text, on) {
		found = found || e.CAMEO == "186"
	}
	if !found {
		t.Errorf("the assassination is not coded")
	}
}

// TestGoingAheadWithSanctions: going, pressing or pushing ahead with
// sanctions imposes them (163); "talks went ahead" is no sanction. A trade
// representative is a government office.
func TestGoingAheadWithSanctions(t *testing.T) {
	testLexRows(t, []lexRow{
		{"went ahead with", "2015-02-16", "The European Union went ahead on Monday with sanctions on Russian officials.", "163", "IGOEUR>RUSGOV", ""},
		{"pressed ahead with", d, "Washington pressed ahead with new sanctions against Iran.", "163", "USAGOV>IRN", ""},
		{"proceeded with", d, "Britain proceeded with an arms embargo on Myanmar.", "163", "GBR>MMR", ""},
		{"talks went ahead", d, "Talks between Russia and Ukraine went ahead on Monday.", "16", "", ""},
		{"a trade representative", d, "The U.S. Trade Representative accused China of stealing technology.", "112", "USAGOV>CHN", ""},
	})
}
