package pipeline

import "testing"

// TestDeedMetWithForce: a deed its target's side foretells will be met
// with force or a response ("any punishment would be met with war") is a
// threat (130), aimed, as a deed said to be answered is, at whoever last
// acted against the speaker; a response with force foretold by its own
// side is a threat of force aimed the same way. Told as done, denied, or
// foretold with no one acting before, no one is its target.
func TestDeedMetWithForce(t *testing.T) {
	const cut = "South Korea imposed sanctions on North Korea on Monday. "
	const hit = "Azerbaijani troops shelled Armenian villages on Monday. "
	testLexRows(t, []lexRow{
		{"punishment would be met with war", d, cut + "The North warned that any punishment would be met with all-out war.", "130", "PRK>KOR", ""},
		{"such steps will be met with a response, present", d, cut + "Pyongyang says such steps will be met with a firm response.", "130", "PRKGOV>KOR", ""},
		{"aggression would be met with force, report after", d, hit + "Any further aggression would be met with force, the Armenian defence ministry said.", "130", "ARMGOV>AZEMIL", ""},
		{"the measures would be met with countermeasures", d, "Britain expelled 23 Russian diplomats on Wednesday. The Russian embassy said the measures would be met with countermeasures.", "130", "RUSGOV>GBR", ""},
		{"was met with force, told as done: no threat", d, cut + "The North said the move was met with force.", "130", "", ""},
		{"would not be met with force: no threat", d, cut + "The North said the sanctions would not be met with force.", "130", "", ""},
		{"a proposal met with approval: no threat", d, "The minister said the proposal would be met with approval.", "13", "", ""},
		{"met with reporters: no threat", d, cut + "The North Korean envoy met with reporters on Tuesday.", "13", "", ""},
		{"would respond with force, after shelling", d, hit + "Armenia warned that it would respond with force.", "13", "ARM>AZEMIL", ""},
		{"will respond with force to any attack", d, hit + "Yerevan said Armenia will respond with military force to any new attack.", "13", "ARM>AZEMIL", ""},
		{"responded with words: no force", d, hit + "Armenia responded with a statement.", "13", "", ""},
	})
}
