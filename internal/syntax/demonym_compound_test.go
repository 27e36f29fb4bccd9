package syntax

import "testing"

// TestDemonymCompound: after a determiner and a nationality adjective of
// two words ("the North Korean", "the South African"), a singular noun and a
// word that may be a noun or a verb form one noun phrase, as they do after a
// one-word adjective ("the Pakistani missile launch"): "launch" in "the North
// Korean missile launch" is no verb. A plural subject keeps its verb.
func TestDemonymCompound(t *testing.T) {
	n := func(s ...string) []string { return s }
	runClauseRows(t, []clauseRow{
		{name: "called the North Korean missile launch a provocation", text: "Japan called the North Korean missile launch a provocation.",
			named: n("Japan", "North Korean"), names: n("Japan", "North Korean"), tags: n("launch/NN"), rels: n("obj(called, the North Korean missile launch)")},
		{name: "condemned the South Korean rocket launch", text: "Pyongyang condemned the South Korean rocket launch.",
			named: n("Pyongyang", "South Korean"), names: n("Pyongyang", "South Korean"), tags: n("launch/NN"), rels: n("obj(condemned, the South Korean rocket launch)")},
		{name: "denounced the Sri Lankan army attack", text: "Rebels denounced the Sri Lankan army attack on Monday.",
			named: n("Rebels", "Sri Lankan"), names: n("Sri Lankan"), times: n("Monday"), tags: n("attack/NN")},
		{name: "criticised the South African troop surge", text: "Lesotho criticised the South African troop surge.",
			named: n("Lesotho", "South African"), names: n("Lesotho", "South African"), tags: n("surge/NN")},
		{name: "welcomed the New Zealand aid pledge", text: "Fiji welcomed the New Zealand aid pledge.",
			named: n("Fiji", "New Zealand"), names: n("Fiji", "New Zealand"), tags: n("pledge/NN")},
		{name: "not: a plural subject keeps its verb", text: "North Korean troops launch attacks on border posts.",
			named: n("North Korean", "troops"), names: n("North Korean"), tags: n("launch/VB")},
	})
}
