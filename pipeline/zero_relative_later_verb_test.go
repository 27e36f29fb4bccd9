package pipeline

import "testing"

// A past form after the sentence's subject stays its verb when the only
// later verb is that of a relative clause without its pronoun on a noun
// after it ("Ghana pulled out of the accord it had signed with Togo": "it
// had signed" tells of the accord, and leaves "pulled" no participle on
// Ghana); a later verb of the subject's own still makes it one ("the
// civilians jailed for crimes they did not commit were released").
func TestZeroRelativeIsNoLaterVerb(t *testing.T) {
	testLexRows(t, []lexRow{
		{"pulled out of the accord it had signed", "2010-01-01", "Ghana pulled out of the accord it had signed with Togo.", "166", "GHA>TGO", ""},
		{"backed out of the treaty it had signed", "2019-01-01", "Russia backed out of the arms treaty it had signed with Ukraine.", "166", "RUS>UKR", ""},
		{"pulled out of the pact they had agreed", "2012-01-01", "Kenya pulled out of the pact they had agreed with Somalia in May.", "166", "KEN>SOM", ""},
		{"pulled out of the deal it struck", "2018-01-01", "Iran pulled out of the gas deal it struck with Turkey.", "166", "IRN>TUR", ""},
		{"no relative: as before", "2010-01-01", "Ghana pulled out of the accord with Togo.", "166", "GHA>TGO", ""},
		{"a later verb of the subject's own keeps the participle", "2010-01-01", "The activists jailed for crimes they did not commit were freed on Monday.", "116", "JUD>OPP", ""},
	})
}
