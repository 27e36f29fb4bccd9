package syntax

import "testing"

// TestSetOffPassiveWithGerund holds a passive participle set off by commas
// after its clause's subject when the participle goes on with a gerund or
// an infinitive of its own ("Kosovo, accused by Serbia of provoking the
// clashes, denied"): the verbs inside the aside are not the clause's
// verb, so the noun before the commas is still the participle's subject,
// as it is when no verb follows it inside the aside.
func TestSetOffPassiveWithGerund(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "accused of a gerund", text: "Kosovo, accused by Serbia of provoking the clashes, denied the charge.",
			rels: []string{"subj(accused, Kosovo)", "agent(accused, Serbia)", "subj(denied, Kosovo)"}},
		{name: "blamed for a gerund", text: "Hamas, blamed by Israel for starting the war, rejected the plan.",
			rels: []string{"subj(blamed, Hamas)", "agent(blamed, Israel)"}},
		{name: "criticised for failing to act", text: "The army, criticised by Amnesty for failing to protect civilians, launched an inquiry.",
			rels: []string{"subj(criticised, The army)", "subj(launched, The army)"}},
		{name: "praised for a gerund", text: "Qatar, praised by Washington for hosting the talks, offered more aid.",
			rels: []string{"subj(praised, Qatar)", "agent(praised, Washington)"}},
		{name: "condemned for a gerund", text: "The junta, condemned by the UN for detaining protesters, expelled two envoys.",
			rels: []string{"subj(condemned, The junta)", "subj(expelled, The junta)"}},
		{name: "a control: no gerund", text: "Kosovo, accused by Serbia of violence, denied the charge.",
			rels: []string{"subj(accused, Kosovo)"}},
	})
}
