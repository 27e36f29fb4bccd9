package pipeline

import "testing"

// TestStaffedUnion reads a union named by whom it is made of, people of no
// arm of the state owning it or before it ("the teachers' union",
// "Kenya's doctors' union", "the transport workers union"), as a labour
// union (LAB) of their country, and "the union" after it as that union;
// "union" before people ("a union official", "union activists") makes them
// the union's. A capitalised "Union" in a name, and a union of states,
// trade or money, are none.
func TestStaffedUnion(t *testing.T) {
	testLexRows(t, []lexRow{
		{"a possessed union strikes", "2019-03-04", "Kenya's doctors' union called a nationwide strike on Monday.", "14", "KENLAB>KENGOV", ""},
		{"the union refers back", "2019-03-05", "Kenya's nurses' union called a strike on Monday. The union rejected the government's offer on Tuesday.", "12", "KENLAB>KENGOV", ""},
		{"a modifier of workers", "2018-06-11", "The transport workers union in Nigeria rejected the government's offer on Monday.", "12", "NGALAB>NGAGOV", ""},
		{"a compound of workers", "2012-09-03", "South Africa's mineworkers' union rejected the wage offer on Monday.", "12", "ZAFLAB>", ""},
		{"teachers protest", "2016-02-08", "Zimbabwe's teachers' union called a strike over unpaid salaries.", "14", "ZWELAB>ZWEGOV", ""},
		{"the union accuses", "2016-02-09", "Ghana's doctors' union went on strike. The union accused the health minister of lying.", "11", "GHALAB>GHAGOV", ""},
		{"a union official speaks", "2016-02-12", "Tunde Bakare, a union official in Lagos, accused the government of lying.", "11", "LAB>GOV", ""},
		{"union activists accused", "2016-02-13", "The Zimbabwean government accused union activists of plotting violence.", "11", "ZWEGOV>ZWELAB", ""},
		{"the European Union", "2016-02-10", "The European Union rejected Turkey's offer on Monday.", "12", "IGOEUR>TUR", ""},
		{"a customs union", "2016-02-11", "Turkey rejected a customs union with Russia on Monday.", "12", "TUR>RUS", ""},
		{"the union of Serbia and Montenegro", "2006-05-22", "Montenegro voted to leave the union of Serbia and Montenegro. The union rejected the result.", "12", "", ""},
		{"the Soviet Union", "1980-01-05", "The Soviet Union rejected the American protest on Monday.", "12", "RUS>USA", ""},
	})
}

// TestStrikersAreLabour reads workers on strike as labour (LAB), as the
// union that calls the strike is, not the opposition.
func TestStrikersAreLabour(t *testing.T) {
	testLexRows(t, []lexRow{
		{"strikers attack", "2012-09-03", "Strikers hacked two police officers to death in South Africa on Monday.", "18", "ZAFLAB>ZAFCOP", ""},
		{"police fire on strikers", "1980-08-20", "Polish police fired on the strikers in Gdansk.", "17", "POLCOP>POLLAB", ""},
		{"strikers block", "2007-01-15", "Guinean strikers blocked the main road into Conakry.", "14", "GINLAB>GINGOV", ""},
		{"the government accuses strikers", "2012-09-05", "The South African government accused the strikers of sabotage.", "11", "ZAFGOV>ZAFLAB", ""},
	})
}
