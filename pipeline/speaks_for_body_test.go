package pipeline

import "testing"

// TestSpeaksForBody: one who speaks for, heads, or runs a body is
// the body's. A named body of no country (an international rights or aid
// group: "a spokesman for Human Rights Watch", "the head of Amnesty
// International") makes them its own, of no country as it is; "director"
// and "coordinator" take whose they are as "chairman" does ("X,
// director of the national police,"). Alone, or of no one ("the director
// said"), they name no actor.
func TestSpeaksForBody(t *testing.T) {
	testLexRows(t, []lexRow{
		{"spokesman for an international group", "2019-05-06", "A spokesman for Human Rights Watch accused the Egyptian government of torturing detainees.", "11", "NGO>EGYGOV", ""},
		{"named head of an international group", "2019-05-06", "Maria Lindqvist, head of Amnesty International, condemned the Egyptian government on Monday.", "11", "NGO>EGYGOV", ""},
		{"chairman of an aid group", "2019-05-06", "The chairman of Doctors Without Borders demanded that the Yemeni government open the port.", "10", "NGO>YEMGOV", ""},
		{"named spokesman for an aid group", "2019-05-06", "Pierre Dubois, a spokesman for the International Committee of the Red Cross, urged Israel to let aid into Gaza.", "02", "NGO>ISR", ""},
		{"director of a state body", "2019-05-06", "Ali Karimi, director of the Afghan national police, accused the Taliban of killing civilians.", "11", "AFGCOP>AFGREB", ""},
		{"executive director of an international group", "2019-05-06", "Ana Costa, executive director of Human Rights Watch, accused the Egyptian government of torture.", "11", "NGO>EGYGOV", ""},
		{"director of a state body by a possessive", "2019-05-06", "Juan Ortiz, director of Venezuela's national police, accused the opposition of fraud.", "11", "VENCOP>VENOPP", ""},
		{"coordinator of a party", "2019-05-06", "Juan Ortiz, coordinator of the Venezuelan opposition party Popular Will, accused the government of fraud.", "11", "VENPTY>VENGOV", ""},
		{"must not: a film director", "2019-05-06", "The director said the film criticised the war.", "11", "", ""},
		{"must not: the body alone stays", "2019-05-06", "Human Rights Watch accused the Egyptian government of torturing detainees.", "11", "NGO>EGYGOV", ""},
		{"must not: a UN spokesman stays the UN's", "2019-05-06", "A spokesman for the United Nations condemned the Syrian government.", "11", "IGOUNO>SYRGOV", ""},
	})
}
