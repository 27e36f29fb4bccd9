package syntax

import "testing"

// TestReportedSubjectWhere: after a verb of saying, a noun phrase with a
// phrase of where its people are ("in the truck", "at the border post",
// "near the town", "inside the compound"), then a finite verb, is the
// subject of what was said, whatever the phrase's noun, as it was for a
// name ("said rebels in Uganda had freed").
func TestReportedSubjectWhere(t *testing.T) {
	n := func(s ...string) []string { return s }
	runClauseRows(t, []clauseRow{
		{name: "in the truck", text: "Police said three rebels in the truck opened fire on guards.",
			named: n("Police", "rebels", "guards"), rels: n("subj(opened, three rebels)")},
		{name: "at the border post", text: "Officials said gunmen at the border post killed two soldiers.",
			named: n("Officials", "gunmen", "soldiers"), rels: n("subj(killed, gunmen)")},
		{name: "near the town", text: "The army said militants near the town had ambushed a convoy.",
			named: n("The army", "militants"), rels: n("subj(had ambushed, militants)")},
		{name: "inside the compound", text: "Witnesses said soldiers inside the compound killed two protesters.",
			named: n("Witnesses", "soldiers", "protesters"), rels: n("subj(killed, soldiers)")},
		{name: "a name, as before", text: "The ministry said rebels in Uganda had freed the hostages.",
			named: n("The ministry", "rebels", "Uganda"), rels: n("subj(had freed, rebels)")},
	})
}
