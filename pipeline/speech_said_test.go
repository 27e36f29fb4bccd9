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

// TestOwnBlameDenied: a blame predicate a speaker denies of itself ("said
// it had no hand in", "did not have a role in") denies responsibility
// (016); denied of another it codes no denial and no accusation, and said
// by no one it is no event.
func TestOwnBlameDenied(t *testing.T) {
	c := newCoder(t)
	c.Statements = true
	testLexRowsWith(t, c, []lexRow{
		{"said it had no hand in", d, "Iran said it had no hand in the attack on the tanker.", "016", "IRN>", ""},
		{"did not have a role in", d, "Pakistan said it did not have a role in the bombing in Kabul.", "016", "PAK>", ""},
		{"played no part in", d, "Rwanda said it played no part in the attack on the camp.", "016", "RWA>", ""},
		{"bore no responsibility", d, "Japan said it bore no responsibility for the sinking of the boat.", "016", "JPN>", ""},
		{"was not meddling, a judgement denied of itself", d, "Kenya said it was not meddling in the affairs of Somalia.", "016", "KEN>", ""},
		{"bore no responsibility, of another: no denial", d, "Kenya said Somalia bore no responsibility for the raids.", "016", "", ""},
		{"would not bear, foreseen: no denial", d, "Japan said it would not bear the costs of the cleanup.", "016", "", ""},
		{"denied of another: no denial", d, "Iran said Israel had no hand in the attack.", "016", "", ""},
		{"denied of another: no accusation", d, "Iran said Israel had no hand in the attack.", "112", "", ""},
		{"said by no one: no denial", d, "Iran had no hand in the attack.", "016", "", ""},
	})
}

// TestRoleInAct: a party said to have had, or played, a role or part in an
// act of conflict is accused of it (112), as with "had a hand in"; a role
// in talks or aid blames no one.
func TestRoleInAct(t *testing.T) {
	testLexRows(t, []lexRow{
		{"had a role in the raids", d, "Kenya said Somalia had a role in the raids on the border.", "112", "KEN>SOM", ""},
		{"played a part in the attack", d, "Israel said Iran played a part in the attack on the ship.", "112", "ISR>IRN", ""},
		{"accused of a role, claimed", d, "Ukraine claimed that Belarus had played a role in the missile strikes.", "112", "UKR>BLR", ""},
		{"role in the talks: no blame", d, "Egypt said Qatar played a key role in the talks.", "112", "", ""},
		{"role in the aid: no blame", d, "Kenya said Ethiopia had a role in the delivery of aid.", "112", "", ""},
		{"said by no one: no accusation", d, "Rwanda had a role in the attack.", "112", "", ""},
	})
}

// TestNotAccepting: not accepting what another decided, offered or asks
// (a ruling, a result, a proposal, an annexation) rejects it (12), said or
// done; accepted, or not accepting something else, it is no rejection.
func TestNotAccepting(t *testing.T) {
	testLexRows(t, []lexRow{
		{"did not accept the ruling", d, "Serbia did not accept the ruling of the court.", "12", "SRB>JUD", ""},
		{"has not accepted the proposal", d, "Hamas has not accepted the Israeli proposal.", "12", "PSEREB>ISR", ""},
		{"did not accept the results", d, "The opposition did not accept the results of the election.", "12", "OPP>", ""},
		{"said it would not accept", d, "Georgia said it would not accept the verdict.", "12", "GEO>", ""},
		{"accepted the ruling: no rejection", d, "Serbia accepted the ruling of the court.", "12", "", ""},
		{"did not accept visitors: no rejection", d, "The hospital did not accept visitors on Sunday.", "12", "", ""},
	})
}

// TestLyingSaid: a party said to lie about something or to someone is
// accused (112), as any judgement a statement voices; a place that lies
// near another, a lie said by no one, or one only foreseen codes nothing,
// and a lie denied of oneself denies the charge (016).
func TestLyingSaid(t *testing.T) {
	c := newCoder(t)
	c.Statements = true
	testLexRowsWith(t, c, []lexRow{
		{"said was lying about", d, "The Kremlin said Washington was lying about the cause of the blast.", "112", "RUSGOV>USAGOV", ""},
		{"said had lied to", d, "Kyiv said Moscow had lied to the United Nations about the strikes.", "112", "UKRGOV>RUSGOV", ""},
		{"accused of lying, present", d, "Venezuela says Colombia lies about the border incidents.", "112", "VEN>COL", ""},
		{"a place lies near: no lie", d, "The town lies close to the border with Syria, officials said.", "112", "", ""},
		{"said by no one: no accusation", d, "Russia lied about the strikes.", "112", "", ""},
		{"foreseen: no accusation", d, "Kenya said Somalia would lie about the raids.", "112", "", ""},
		{"denied of itself: a denial", d, "Iran said it was not lying about its nuclear programme.", "016", "IRN>", ""},
	})
}
