package pipeline

import "testing"

// TestMoodInParticiple: a mood told with a copula and a participle the
// tagger reads as a passive ("was deeply concerned", "are worried",
// "were alarmed") is a pessimistic comment (012), as the adjectives are;
// negated it codes nothing, and a participle of another sense is no mood.
func TestMoodInParticiple(t *testing.T) {
	c := newCoder(t)
	c.Statements = true
	testLexRowsWith(t, c, []lexRow{
		{"said it was deeply concerned", d, "Egypt said it was deeply concerned about the fighting in Libya.", "012", "EGY>", ""},
		{"is concerned, present", d, "The Brazilian government is concerned about the fires in the Amazon.", "012", "BRAGOV>", ""},
		{"were worried, plural subject", d, "Kenyan officials were worried about the drought in the north.", "012", "KENGOV>", ""},
		{"was alarmed by", d, "Norway was alarmed by the arrests of journalists in Minsk.", "012", "NOR>", ""},
		{"remains concerned", d, "Canada remains concerned over the human rights situation in Iran.", "012", "CAN>", "remain is not read as a copula with a participle"},
		{"was not worried: no mood", d, "The Indian government was not worried about the talks.", "012", "", ""},
		{"concerned with trade: no actor, no mood", d, "The report was concerned with trade figures.", "012", "", ""},
	})
}

// TestAssuranceClause: assuring a party that something will be done is a
// promise to it (030), with or without "that"; an assurance given to the
// press names no one it is given to, and denied it codes nothing.
func TestAssuranceClause(t *testing.T) {
	testLexRows(t, []lexRow{
		{"assured that it would", d, "Washington assured Taipei that it would keep selling it arms.", "030", "USAGOV>TWNGOV", ""},
		{"assured without that", d, "Japan assured South Korea it would help with the rescue.", "030", "JPN>KOR", ""},
		{"has assured, perfect", d, "China has assured Pakistan that the loans will be rolled over.", "030", "CHN>PAK", ""},
		{"assured reporters: no target", d, "The minister assured reporters that the talks would go on.", "030", "", ""},
		{"did not assure: no promise", d, "France did not assure Mali that it would stay.", "030", "", ""},
	})
}

// TestObligationToldToAddressee: what a speaker tells another party "it"
// or "they" must or should do is asked of that party (10 with "must", 02
// with "should"), not of the speaker the pronoun would otherwise name; a
// pronoun after "told reporters", or a named subject, keeps its own
// reading, and what the speaker says it will do itself obliges no one.
func TestObligationToldToAddressee(t *testing.T) {
	testLexRows(t, []lexRow{
		{"told A that it must", d, "Washington told Tehran that it must stop enriching uranium.", "10", "USAGOV>IRNGOV", ""},
		{"told A it must, no that", d, "Britain told Russia it must withdraw its troops.", "10", "GBR>RUS", ""},
		{"told A they should", d, "Japan told China they should end the naval drills.", "02", "JPN>CHN", ""},
		{"has told A it must, perfect", d, "Germany has told Poland it must respect the rulings of the court.", "10", "DEU>POL", ""},
		{"told reporters it must: no demand of the press", d, "The Thai prime minister told reporters it must act quickly.", "10", "", ""},
		{"told A it would: a promise, no demand", d, "Iran told Iraq it would release the fishermen.", "10", "", ""},
		{"named subject keeps its reading", d, "France told Mali that Algeria must close its border.", "10", "FRA>DZA", ""},
	})
}
