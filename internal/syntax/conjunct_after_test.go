package syntax

import "testing"

// TestConjunctAfterSetOffParticiple: a participle set off by a comma after
// its clause (", citing reports that ...") may carry clauses of its own;
// ", and" then a finite verb closes the participle and all it carries, so
// the verb goes on with the participle's clause and shares that clause's
// subject, not the subject of a clause inside the participle. With no
// comma before "and" the verb may still go on with the inner clause, and
// an infinitive after "and" or a list closed inside stays where it is.
func TestConjunctAfterSetOffParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "citing evidence that, and recalled", text: "The Indian government condemned the raid, citing evidence that Pakistan had trained the gunmen, and recalled its envoy.",
			rels: []string{"conj(condemned, recalled)", "subj(recalled, The Indian government)"}, absent: []string{"subj(recalled, Pakistan)"}},
		{name: "said, citing reports that, and ordered", text: "The Kenyan court said the suspects had violated their bail, citing reports that they planned to escape, and ordered their arrest.",
			named: []string{"The Kenyan court"}, rels: []string{"conj(said, ordered)", "subj(ordered, The Kenyan court)"}, absent: []string{"subj(ordered, they)"}},
		{name: "saying that, and expelled", text: "Moscow protested on Monday, saying that Estonia had insulted Russian veterans, and expelled two Estonian diplomats.",
			rels: []string{"conj(protested, expelled)", "subj(expelled, Moscow)"}, absent: []string{"subj(expelled, Estonia)"}},
		{name: "claiming that, and will close", text: "Turkey will suspend flights to Iraq, claiming that Kurdish rebels use the airport, and will close the border.",
			rels: []string{"conj(will suspend, will close)", "subj(will close, Turkey)"}, absent: []string{"subj(will close, Kurdish rebels)"}},
		{name: "warning that, and demanded", text: "The Nigerian president rejected the report, warning that foreign groups were stirring unrest, and demanded an apology from Britain.",
			rels: []string{"conj(rejected, demanded)", "subj(demanded, The Nigerian president)"}, absent: []string{"subj(demanded, foreign groups)"}},
		{name: "arguing that, but did not", text: "Japan criticised the test, arguing that North Korea had broken its pledge, but did not impose sanctions.",
			rels: []string{"conj(criticised, did not impose)", "subj(did not impose, Japan)"}, absent: []string{"subj(did not impose, North Korea)"}},
		{name: "a relative inside, and summoned", text: "Poland closed its airspace, blaming Belarus, which had sent migrants to the border, and summoned the Belarusian charge.",
			rels: []string{"subj(summoned, Poland)"}, absent: []string{"subj(summoned, Belarus)"}},
		{name: "saying it would, and sent", text: "Egypt backed the truce in 2014, saying Hamas would respect it, and sent mediators to Gaza.",
			rels: []string{"conj(backed, sent)", "subj(sent, Egypt)"}, absent: []string{"subj(sent, Hamas)"}},
		{name: "not: no comma before and", text: "The army blamed the rebels, saying they had attacked the convoy and killed ten soldiers.",
			rels: []string{"conj(had attacked, killed)", "subj(killed, they)"}},
		{name: "not: an infinitive after and", text: "Chile recalled its envoy, saying Peru had decided to expel him, and to close the embassy.",
			absent: []string{"subj(to close, Chile)"}},
		{name: "not: a participle opening the sentence", text: "Citing reports that Iran had armed the militia, Israel struck the depot and killed two men.",
			rels: []string{"subj(killed, Israel)"}},
		{name: "not: a list closed inside", text: "The ministry condemned the strike, saying that troops had shelled Kharkiv, bombed Odesa, and attacked Lviv.",
			absent: []string{"subj(attacked, The ministry)"}},
	})
}

// TestConjunctAfterCondition: a condition after its clause ("if Pyongyang
// froze its programme") closed by a comma, then "and" or "but" and a
// finite verb: the verb is no part of the condition; it goes
// on with the nearest finite clause the condition hangs on, whose subject
// it shares. With no comma, the verb after "and" is the condition's.
func TestConjunctAfterCondition(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "if, and urged", text: "Seoul said it would resume talks if Pyongyang froze its programme, and urged China to help.",
			named: []string{"Seoul", "Pyongyang", "China"},
			rels:  []string{"conj(said, urged)", "subj(urged, Seoul)"}, absent: []string{"subj(urged, Pyongyang)"}},
		{name: "if, and accused", text: "The Indian minister warned that India would retaliate if the attacks continued, and accused Pakistan of sheltering militants.",
			named: []string{"The Indian minister", "India", "Pakistan"},
			rels:  []string{"subj(accused, The Indian minister)"}, absent: []string{"subj(accused, the attacks)"}},
		{name: "unless, through an infinitive", text: "Turkey vowed to keep the border closed unless the rebels withdrew, and accused Syria of arming them.",
			named: []string{"Turkey", "Syria"},
			rels:  []string{"conj(vowed, accused)", "subj(accused, Turkey)"}, absent: []string{"subj(accused, the rebels)"}},
		{name: "if, but rejected", text: "Kenya will send troops if the African Union asks, but rejected a British plan on Tuesday.",
			named: []string{"Kenya", "the African Union"},
			rels:  []string{"conj(will send, rejected)", "subj(rejected, Kenya)"}, absent: []string{"subj(rejected, the African Union)"}},
		{name: "present tense, and condemns", text: "Ghana threatens to expel the envoys if Togo closes the border, and condemns the raids.",
			named: []string{"Ghana", "Togo"},
			rels:  []string{"subj(condemns, Ghana)"}, absent: []string{"subj(condemns, Togo)"}},
		{name: "not: no comma, the condition's", text: "Israel said it would free prisoners if Hamas released the hostages and halted its rocket fire.",
			named: []string{"Israel", "Hamas"},
			rels:  []string{"conj(released, halted)", "subj(halted, Hamas)"}},
		{name: "a modal, and would send", text: "Iran said it would attend if Saudi Arabia invited it, and would send its foreign minister.",
			named: []string{"Iran", "Saudi Arabia"},
			rels:  []string{"subj(would send, it)"}, absent: []string{"subj(would send, Saudi Arabia)"}},
	})
}

// TestSpeechAfterDenied: as after what was said, a verb of saying, alleging
// or demanding in the plain past after what a verb of denying denies, told
// in a shifted tense, goes on with the denying ("denied that its troops had
// attacked Sudan and accused Sudanese rebels"): it is the denier's act, not
// denied. Other acts stay with what is denied ("had attacked Sudan and
// killed civilians").
func TestSpeechAfterDenied(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "denied that had, and accused", text: "Chad denied that its troops had attacked Sudan and accused Sudanese rebels of the raid.",
			named: []string{"Chad", "its troops", "Sudan"},
			rels:  []string{"conj(denied, accused)", "subj(accused, Chad)"}, absent: []string{"subj(accused, its troops)"}},
		{name: "denied that were, and demanded", text: "Ankara denied that Turkish jets were bombing Kurdish towns and demanded an apology from Sweden.",
			named: []string{"Ankara", "Turkish jets", "Sweden"},
			rels:  []string{"subj(demanded, Ankara)"}, absent: []string{"subj(demanded, Turkish jets)"}},
		{name: "denied that had, and urged", text: "The Kremlin denied that its forces had shelled the plant and urged the IAEA to visit it.",
			named: []string{"The Kremlin", "its forces", "the IAEA"},
			rels:  []string{"conj(denied, urged)", "subj(urged, The Kremlin)"}, absent: []string{"subj(urged, its forces)"}},
		{name: "denied that had, and warned", text: "Ethiopia denied that its soldiers had crossed the border and warned Eritrea.",
			named: []string{"Ethiopia", "its soldiers", "Eritrea"},
			rels:  []string{"conj(denied, warned)", "subj(warned, Ethiopia)"}, absent: []string{"subj(warned, its soldiers)"}},
		{name: "denied that had, and accused, a date between", text: "Iran denied on Sunday that it had supplied drones to Russia and accused Ukraine of lying.",
			named: []string{"Iran", "it", "Russia", "Ukraine"}, times: []string{"on Sunday"},
			rels: []string{"conj(denied, accused)", "subj(accused, Iran)"}, absent: []string{"subj(accused, it)"}},
		{name: "not: an act stays denied", text: "Chad denied that its troops had attacked Sudan and killed civilians.",
			named: []string{"Chad", "its troops", "Sudan"},
			rels:  []string{"conj(had attacked, killed)", "subj(killed, its troops)"}},
		{name: "not: a refusal's infinitive", text: "Peru refused to recognise the vote and recalled its envoy.",
			named: []string{"Peru"},
			rels:  []string{"subj(recalled, Peru)"}},
	})
}
