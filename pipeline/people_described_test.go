package pipeline

import "testing"

// TestPeopleDescribedLater: a people named by its plural demonym
// ("Thousands of Ghanaians crowded the docks") is that country's
// civilians, and "the X" of a noun of civilians later in the story ("the
// migrants", "the workers") refers back to them, however many sentences
// lie between, as it would to "Ghanaian traders": not to the story's own
// people. A nearer people of another country, or a noun with no "the",
// keeps its own reading.
func TestPeopleDescribedLater(t *testing.T) {
	testLexRows(t, []lexRow{
		{"migrants", "1983-01-26", "LAGOS, Nigeria — Thousands of Ghanaians crowded the docks of Lagos on Tuesday. The government ordered all illegal aliens out of the country within two weeks. Officials said the deadline would not be extended. Police arrested the migrants in raids on the slum of Ajegunle.", "173", "NGACOP>GHACVL", ""},
		{"workers", "2008-05-20", "JOHANNESBURG, South Africa — Hundreds of Zimbabweans sheltered in a church in the city centre on Monday. The mayor said the city had no room left. Ministers met in Pretoria. Police fired rubber bullets at the workers outside the church.", "17", "ZAFCOP>ZWECVL", ""},
		{"families", "2015-09-02", "BUDAPEST, Hungary — Thousands of Syrians camped outside the Keleti railway station on Wednesday. Hungary closed the station to trains bound for Austria. Prime Minister Viktor Orban blamed Germany. Riot police detained the families at the station.", "173", "HUNCOP>SYRCVL", ""},
		{"passengers", "1990-08-10", "AMMAN, Jordan — Several thousand Egyptians waited at the port of Aqaba on Friday. Officials said the ferries were full. The king met his ministers. Soldiers beat the passengers at the gates.", "18", "JORMIL>EGYCVL", ""},
		{"blamed for", "1983-01-26", "LAGOS, Nigeria — Thousands of Ghanaians crowded the docks of Lagos on Tuesday. The government ordered all illegal aliens out of the country within two weeks. The interior minister blamed the migrants for rising crime.", "112", "NGAGOV>GHACVL", ""},
		{"barred from", "2015-09-02", "BUDAPEST, Hungary — Thousands of Syrians camped outside the Keleti railway station on Wednesday. Hungary closed the station to trains bound for Austria. Prime Minister Viktor Orban blamed Germany. Police barred the families from the platforms.", "17", "HUNCOP>SYRCVL", ""},
		{"guard: a nearer people", "1983-01-26", "LAGOS, Nigeria — Thousands of Ghanaians crowded the docks of Lagos on Tuesday. The government ordered all illegal aliens out of the country within two weeks. Hundreds of Cameroonians waited at the border. Police arrested the migrants in raids on the slum of Ajegunle.", "173", "NGACOP>CMRCVL", ""},
		{"guard: other", "1983-01-26", "LAGOS, Nigeria — Thousands of Ghanaians crowded the docks of Lagos on Tuesday. The government ordered all illegal aliens out of the country within two weeks. Officials said the deadline would not be extended. Police arrested other migrants in raids on the slum of Ajegunle.", "173", "NGACOP>NGACVL", ""},
		{"guard: no article", "1983-01-26", "LAGOS, Nigeria — Thousands of Ghanaians crowded the docks of Lagos on Tuesday. The government ordered all illegal aliens out of the country within two weeks. Officials said the deadline would not be extended. Police arrested students in raids on the university.", "173", "NGACOP>NGACVL", ""},
	})
}
