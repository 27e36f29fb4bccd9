package pipeline

import "testing"

// TestSeeingNoReasonRefuses: seeing no reason, need or point for an act is
// refusing it (12x, through the act's refusal code); seeing a reason, or
// seeing something else, refuses nothing.
func TestSeeingNoReasonRefuses(t *testing.T) {
	testLexRows(t, []lexRow{
		{"saw no reason to apologise, reported", d, "The foreign minister said Japan saw no reason to apologise to South Korea.", "12", "JPN>KOR", ""},
		{"sees no need for talks, present", d, "Israel sees no need to hold talks with Hamas.", "12", "ISR>PSEREB", ""},
		{"did not see any reason to withdraw", d, "Russia did not see any reason to withdraw its troops from Syria.", "12", "RUS>SYR", ""},
		{"sees no point in the infinitive", d, "The opposition sees no point to negotiate with the government.", "12", "OPP>GOV", ""},
		{"saw a reason: no refusal", d, "Turkey saw a reason to negotiate with the rebels.", "12", "", ""},
		{"saw no tanks: no refusal", d, "Observers saw no tanks near the border.", "12", "", ""},
	})
}

// TestBlameSaid: a statement that a party bears the responsibility or the
// blame, or is to blame, accuses it (112), as the blame predicates with an
// act named do; said by no one, or denied, it codes nothing.
func TestBlameSaid(t *testing.T) {
	testLexRows(t, []lexRow{
		{"said a capital bore full responsibility", d, "China's foreign ministry said Washington bore full responsibility.", "112", "CHNGOV>USAGOV", ""},
		{"says bears the blame, present", d, "Kenya says Somalia bears the blame for the raids.", "112", "KEN>SOM", ""},
		{"blame after that and another clause", d, "India said the boat had entered its waters and that Pakistan bore responsibility.", "112", "IND>PAK", ""},
		{"said the rebels were to blame", d, "The army said the rebels were to blame for the explosion.", "112", "MIL>REB", ""},
		{"said by no one: no accusation", d, "Washington bore full responsibility.", "112", "", ""},
		{"to blame, said by no one: no accusation", d, "The rebels were to blame for the explosion.", "112", "", ""},
		{"not to blame: no accusation", d, "Kenya said Somalia was not to blame.", "112", "", ""},
		{"denied: no accusation", d, "Kenya said Somalia did not bear responsibility for the raids.", "112", "", ""},
		{"said of its own side: no accusation", d, "Japan said it bore responsibility for the accident.", "112", "", ""},
		{"bore fruit: no accusation", d, "Officials said the talks bore fruit.", "112", "", ""},
	})
}

// TestRespondingAnswersWhoActed: a response by force ("would respond
// militarily") or in anger with no target of its own is aimed, as a
// retaliation is, at whoever last acted against its subject; with no one
// who did, it has no target, and responding to questions is no event.
func TestRespondingAnswersWhoActed(t *testing.T) {
	testLexRows(t, []lexRow{
		{"warned it would respond militarily, after shelling", d, "Azerbaijani troops shelled Armenian villages on Monday. Armenia warned that it would respond militarily.", "1384", "ARM>AZEMIL", ""},
		{"said would respond forcefully, after seizure", d, "Iranian guards seized a British tanker in the Gulf. The British government said it would respond forcefully.", "13", "GBRGOV>IRNCOP", ""},
		{"responded angrily after expulsion", d, "Russia expelled two Japanese diplomats on Friday. Japan responded angrily on Saturday.", "111", "JPN>RUS", ""},
		{"no one acted before: no target", d, "Iran warned that it would respond militarily.", "1384", "IRN>", ""},
		{"responded to questions: no force", d, "Russia expelled two Japanese diplomats on Friday. The Japanese minister responded to questions from reporters.", "19", "", ""},
	})
}

// TestDeedSaidToBeAnswered: a deed said, by the side it was done to, to be
// answered ("would be answered", "will answer these measures") is a
// threat (130) aimed at whoever did it, as a retaliation is; an answer
// told as done, foretold by another, denied, or of questions is none.
func TestDeedSaidToBeAnswered(t *testing.T) {
	const exp = "Britain expelled 23 Russian diplomats on Wednesday. "
	testLexRows(t, []lexRow{
		{"said they would be answered", d, exp + "The Russian embassy called the measures unacceptable and said they would be answered.", "130", "RUSGOV>GBR", ""},
		{"says such steps will be answered, present", d, exp + "Moscow says such steps will be answered.", "130", "RUSGOV>GBR", ""},
		{"will answer these measures, report after", d, exp + "Russia will answer these measures, the foreign ministry said.", "130", "RUS>GBR", ""},
		{"said it would answer the move", d, "Israel struck an Iranian consulate on Monday. Iran said it would answer the move.", "130", "IRN>ISR", ""},
		{"answered as done: no threat", d, exp + "Russia answered the move by expelling 23 British diplomats.", "130", "", ""},
		{"answered by another, foretold: no threat", d, exp + "Britain said the move would be answered by Russia.", "130", "", ""},
		{"would not be answered: no threat", d, exp + "Russia said the move would not be answered.", "130", "", ""},
		{"questions answered: no threat", d, "The minister said the questions would be answered.", "130", "", ""},
		{"the answered deed is no doer's claim", d, exp + "Russia said the expulsions were answered.", "112", "", ""},
	})
}

// TestNamedAHarsherRule: calling a measure by the name of a harsher rule
// ("martial law", "a dictatorship", "a witch hunt") disapproves of it (111),
// aimed at who took it; martial law declared, or named by no judge, is no
// criticism.
func TestNamedAHarsherRule(t *testing.T) {
	testLexRows(t, []lexRow{
		{"called the curfew martial law", d, "Bangladesh's government imposed a nationwide curfew on Monday. The opposition called the curfew martial law.", "111", "OPP>BGDGOV", ""},
		{"said the law was a dictatorship in all but name", d, "Hungary's parliament passed an emergency law on Monday. The Hungarian opposition said the law was a dictatorship in all but name.", "111", "HUNOPP>HUNLEG", ""},
		{"called the decree a witch hunt", d, "Thailand's government imposed a state of emergency. Opposition leaders called the decree a witch hunt.", "111", "OPP>THAGOV", ""},
		{"martial law declared: no criticism", d, "The army declared martial law on Tuesday.", "111", "", ""},
		{"martial law lifted: no criticism", d, "The government lifted martial law in the province.", "111", "", ""},
	})
}

// TestForceWillStepIn: a force that will step in is a threat of force
// (1384), aimed at whom a condition is about; a force that stepped in, or
// helpers that step in, threaten nothing.
func TestForceWillStepIn(t *testing.T) {
	testLexRows(t, []lexRow{
		{"troops would step in if, warned", d, "Russia warned that its troops would step in if Georgia attacked South Ossetia.", "1384", "RUSMIL>GEO", ""},
		{"the military would step in unless a party", d, "The army chief warned that the military would step in unless the ruling party ended the purge.", "1384", "MIL>PTY", ""},
		{"stepped in, told as done: no threat", d, "Soldiers stepped in to separate the two groups.", "19", "", ""},
		{"volunteers step in: no force", d, "The mayor said volunteers would step in to help the flood victims.", "13", "", ""},
	})
}

// TestForceNotRuledOut: an act of conflict its doer does not rule out, or
// refuses or declines to rule out, is held out as a threat (13x through
// the act's threat code); ruled out it is a refusal, and talks not ruled
// out threaten nothing.
func TestForceNotRuledOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"did not rule out military action", d, "Russia did not rule out military action against Georgia.", "1384", "RUS>GEO", ""},
		{"has never ruled out the use of force", d, "China has never ruled out the use of force against Taiwan.", "1384", "CHN>TWN", ""},
		{"would not rule out sanctions", d, "The EU would not rule out sanctions against Belarus.", "1312", "IGOEUR>BLR", ""},
		{"refused to rule out the use of force", d, "The president refused to rule out the use of force against Iran.", "1384", "GOV>IRN", ""},
		{"declined to rule out an operation", d, "Turkey declined to rule out a military operation in Syria.", "13", "TUR>SYR", ""},
		{"ruled out military action: a refusal", d, "Russia ruled out military action against Georgia.", "13", "", ""},
		{"talks not ruled out: no threat", d, "Israel did not rule out talks with Hamas.", "13", "", ""},
		{"did not refuse a release: no threat", d, "Iran did not refuse to release the sailors.", "13", "", ""},
	})
}

// TestBlameInThePassive: what a statement says was done by another, in
// the passive, names its doer by the agent: an act of conflict is claimed
// of it ("said its villages were shelled by Azerbaijani troops"), and a
// blame predicate accuses it ("said the protests were orchestrated by
// Poland"); with no agent, or said by no one, nothing is claimed.
func TestBlameInThePassive(t *testing.T) {
	testLexRows(t, []lexRow{
		{"villages shelled by troops, said by the victim", d, "Armenia said its villages were shelled by Azerbaijani troops.", "112", "ARM>AZEMIL", ""},
		{"protests orchestrated by a neighbour", d, "Lukashenko said the protests were being orchestrated by Poland.", "112", "BLRGOV>POL", ""},
		{"protests directed by a neighbour", d, "Belarus says the protests are directed by Lithuania.", "112", "BLR>LTU", ""},
		{"attack masterminded by intelligence", d, "India said the attack was masterminded by Pakistani intelligence.", "112", "IND>PAKSPY", ""},
		{"riots instigated, active", d, "Georgia said Moscow had instigated the riots.", "112", "GEO>RUSGOV", ""},
		{"no agent: no accusation", d, "Lukashenko said the protests were being directed from abroad.", "112", "", ""},
		{"said by no one: no accusation", d, "The attack was masterminded by Pakistani intelligence.", "112", "", ""},
		{"traffic directed: no blame", d, "Police directed traffic away from the square.", "112", "", ""},
	})
}

// TestNoIntentionRefuses: having no intention or plan to do an act is
// refusing it (12x); having one, or a plan of one's own, refuses nothing.
func TestNoIntentionRefuses(t *testing.T) {
	testLexRows(t, []lexRow{
		{"has no plans to withdraw", d, "Israel has no plans to withdraw from the Golan Heights.", "12", "ISR>SYR", ""},
		{"said it had no intention of resuming talks", d, "Iran said it had no intention of resuming talks with the EU.", "12", "IRN>IGOEUR", ""},
		{"has no intention to meet", d, "The president has no intention to meet the rebel leaders.", "12", "GOV>REB", ""},
		{"has plans to withdraw: no refusal", d, "Israel has plans to withdraw from the Golan Heights.", "12", "", ""},
		{"a plan to rebuild: no refusal", d, "The government has a plan to rebuild the city.", "12", "", ""},
	})
}

// TestFateHeldOut: a speaker who says another will pay a price, face the
// consequences or regret it threatens it (130); told as done, denied,
// said of one's own side or by no actor, it threatens no one.
func TestFateHeldOut(t *testing.T) {
	testLexRows(t, []lexRow{
		{"warned would pay a heavy price", d, "Iran warned that Israel would pay a heavy price.", "130", "IRN>ISR", ""},
		{"said would face the consequences", d, "The army said the rebels would face the consequences of their actions.", "130", "MIL>REB", ""},
		{"warned would regret, no that", d, "North Korea warned the United States would regret its decision.", "130", "PRK>USA", ""},
		{"will pay, report after", d, "Israel will pay a heavy price, Iran's supreme leader said.", "130", "IRNGOV>ISR", ""},
		{"paid, told as done: no threat", d, "Iran said Israel had paid a heavy price.", "130", "", ""},
		{"would not pay: no threat", d, "Iran said Israel would not pay any price.", "130", "", ""},
		{"by no actor: no threat", d, "Analysts said Israel would pay a heavy price.", "130", "", ""},
		{"its own side: no threat", d, "Iran said it would pay any price to defend its sovereignty.", "130", "", ""},
		{"a penalty of law: no threat", d, "Police said the protesters would face punishment.", "130", "", ""},
	})
}
