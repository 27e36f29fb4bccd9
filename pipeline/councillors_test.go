package pipeline

import "testing"

// TestCouncillors pins a city's or a town's councillors as its government
// (GOV), as its mayor is: the victims and agents of local politics.
// Before, "councillor" named no one, so "ETA gunmen seized a young
// councillor" had no target and coded nothing.
func TestCouncillors(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a councillor seized", "1997-07-10", "ETA gunmen seized a young councillor at the railway station in Eibar on Thursday.", "181", "ESPREB>ESPGOV", ""},
		{"a councillor seized, passive", "1997-07-10", "A young councillor was seized by ETA gunmen at the railway station in Eibar on Thursday.", "181", "ESPREB>ESPGOV", ""},
		{"a town councillor shot", "2000-05-06", "Gunmen shot dead a town councillor in Ermua on Saturday.", "193", "UAF>ESPGOV", ""},
		{"city councillors arrested", "2019-10-02", "Police arrested two city councillors in Istanbul on Wednesday.", "173", "TURCOP>TURGOV", ""},
		{"American spelling, an alderman", "2019-10-02", "Police arrested a Chicago alderman on corruption charges.", "173", "USACOP>USAGOV", ""},
		// guard: a council told as a body is not its councillors
		{"guard: the council as a body votes", "2019-10-02", "The city council voted to condemn the attack.", "111", "", ""},
	})
}
