package pipeline

import "testing"

// TestCityBeforeTitledPerson reads a city named before a titled person
// ("Istanbul Mayor Ekrem Imamoglu", "Yekaterinburg Mayor Yevgeny Roizman")
// as the person's place, and the whole as one phrase, so the person is
// the act's target, not the city's country; capitals did so already.
// Guards: a city inside a newspaper's name is no place and no actor, and
// a capital before an office keeps its government.
func TestCityBeforeTitledPerson(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"mayor of a city, known", "2025-03-19", "Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday.", "173", "TURCOP>TURGOV", ""},
		{"mayor of a city, unknown", d, "Russian police detained Yekaterinburg Mayor Yevgeny Roizman.", "173", "RUSCOP>RUSGOV", ""},
		{"governor of a province's city", d, "Gunmen kidnapped Kandahar Governor Abdul Rahman Zahid.", "181", "UAF>AFGGOV", ""},
		{"prosecutor of a city", d, "Police arrested Lyon prosecutor Jean Dupont on Monday.", "173", "FRACOP>FRAJUD", ""},
		{"guard: a capital, as before", d, "Police detained Jakarta Governor Anies Baswedan.", "173", "IDNCOP>IDNGOV", ""},
		{"guard: a newspaper's name", d, "The New York Times accused Turkish police of torture.", "112", "", ""},
	})
}
