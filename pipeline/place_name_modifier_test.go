package pipeline

import "testing"

// TestPlaceNameBeforeAnAgent pins "the" + a place's name + a lower-case
// agent noun as one phrase headed by the agent ("by the Delhi police",
// "the Lahore court", "the Tigray rebels"): the agent of a passive, the
// subject of a verb, a member of a pair. Before, the name closed its own
// phrase and the agent after it was no one's ("was sentenced to death by
// the Lahore court": no source).
func TestPlaceNameBeforeAnAgent(t *testing.T) {
	testLexRows(t, []lexRow{
		{"arrested by the city's police", "1984-06-05", "Two Sikh militants were arrested by the Delhi police on Tuesday.", "173", "INDCOP>INDREB", ""},
		{"sentenced by the city's court", "1978-03-18", "The former prime minister was sentenced to death by the Lahore court.", "11", "PAKJUD>PAKGOV", ""},
		{"beaten by the country's police", "1990-07-07", "Protesters were beaten by the Kenya police in Nairobi.", "17", "KENCOP>KENOPP", ""},
		{"detained by the region's authorities", "1988-12-09", "A journalist was detained by the Gaza authorities.", "17", "PSEGOV>PSEMED", ""},
		{"shelled by the region's rebels", "1993-05-20", "The town was shelled by the Tigray rebels overnight.", "19", "ETHREB>ETH", ""},
		{"a pair with the region's rebels", "2022-11-02", "Ethiopia and the Tigray rebels signed a peace deal in Pretoria.", "057", "ETH>ETHREB", ""},
		{"a name after a verb without the stands alone", "1995-01-01", "Japan gave Kenya aid for its roads.", "07", "JPN>KEN", ""},
	})
}
