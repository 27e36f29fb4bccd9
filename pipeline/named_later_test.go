package pipeline

import "testing"

// TestNamedLater pins a person the story names first with no role, by the
// full name or the surname, and tells of later in apposition ("Okello
// denounced the arrests on Monday. John Okello, an opposition lawmaker,
// said ...") as what the later naming says they are. A surname inside
// another name ("Lara Bonilla") and a name no role ever follows change
// nothing.
func TestNamedLater(t *testing.T) {
	testLexRows(t, []lexRow{
		{"full name, role later", "2015-05-05", "KAMPALA, Uganda — John Okello denounced the arrests on Monday. John Okello, an opposition lawmaker, said the police had beaten protesters.", "11", "UGALEG>", ""},
		{"surname, role later", "2015-05-05", "KAMPALA, Uganda — Okello denounced the arrests on Monday. John Okello, an opposition lawmaker, said the police had beaten protesters.", "11", "UGALEG>", ""},
		{"an activist told of later", "2019-03-10", "HARARE, Zimbabwe — Tendai Moyo accused the police of torture. Tendai Moyo, a veteran activist, was arrested in March.", "11", "ZWEOPP>ZWECOP", ""},
		{"a lawyer told of later", "2012-06-01", "LAGOS, Nigeria — Emeka Obi accused the army of killing civilians. Emeka Obi, a human rights lawyer, spoke at a news conference.", "11", "NGACVL>NGAMIL", ""},
		{"a police officer told of later", "2012-06-01", "LAGOS, Nigeria — Musa Bello threatened to arrest the strikers. Musa Bello, a senior police officer, spoke at a news conference.", "13", "NGACOP>NGALAB", ""},
		{"unchanged: a surname inside another name", "1984-05-01", "BOGOTA, Colombia — Gunmen shot Lara Bonilla on Monday. The police said Ramon Bonilla, a local trader, saw the attack.", "18", "", ""},
		{"unchanged: no role ever", "2015-05-05", "KAMPALA, Uganda — John Okello denounced the arrests on Monday. Okello later left the country.", "11", "", ""},
	})
}
