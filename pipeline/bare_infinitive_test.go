package pipeline

import "testing"

// TestBareInfinitiveAfterObjects pins the bare infinitive after the
// objects of "help", "make" and "let": the objects, one or joined by
// "and", do the complement ("helped Armenia and Azerbaijan resume talks"),
// which "make" and "let" say was done; an attempt is coded as the act
// attempted, never as what that act would have brought about ("tried to
// help the rebels withdraw": no withdrawal).
func TestBareInfinitiveAfterObjects(t *testing.T) {
	testLexRows(t, []lexRow{
		{"helped two parties reach a deal", "2020-03-01", "Qatar helped the Taliban and the United States reach a deal.", "030", "USA>AFGREB", ""},
		{"helped two states reach an accord", "1993-09-01", "Norway helped Israel and the PLO reach a peace accord.", "030", "ISR>PSEGOV", ""},
		{"helped both objects: the helper's aid to the second", "2020-03-01", "Qatar helped the Taliban and the United States reach a deal.", "07", "QAT>USA", ""},
		{"made two states sign", "2018-09-12", "Mediators made Sudan and South Sudan sign the accord.", "057", "SSD>SDN", ""},
		{"made one state sign: done", "2018-09-12", "Mediators made Sudan sign the accord.", "057", "SDN>", ""},
		{"ready to help them resume talks: not done", "2022-09-14", "The European Union said it was ready to help Armenia and Azerbaijan resume peace talks.", "04", "", ""},
		{"ready to help them resume talks: no intent of theirs", "2022-09-14", "The European Union said it was ready to help Armenia and Azerbaijan resume peace talks.", "036", "", ""},
		{"ready to help them resume talks: the helper's offer", "2022-09-14", "The European Union said it was ready to help Armenia and Azerbaijan resume peace talks.", "033", "IGOEUR>AZE", ""},
		{"an attempt's caused act is not done", "2020-01-01", "The army tried to help the rebels withdraw from the town.", "08", "", ""},
		{"an attempt to force a release: no release", "2019-07-20", "Washington tried to force Tehran to release the sailors.", "08", "", ""},
		{"a plain attempt is still the act", "2020-01-01", "Rebels tried to seize the airport.", "19", "REB>", ""},
	})
}
