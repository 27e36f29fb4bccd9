package pipeline

import "testing"

// TestCivilianThingHit: an act of coercion or force (roots 17-20) on homes
// or a place of everyday life (sets.txt's &civilian_site: shacks, homes,
// a quarter, a hospital, a school, villages, a market, a bus), not on an
// actor, falls on the civilians of the country where it happens, or of
// the country or people whose name or adjective owns them ("Serb
// villages"), not on its government; it keeps its code (homes shelled
// are no people fired on). An actor struck stays as it is, a visit to a
// hospital is no act, and a country invaded stays the country.
func TestCivilianThingHit(t *testing.T) {
	testLexRows(t, []lexRow{
		{"shacks bulldozed, through a count", d, "Riot police bulldozed hundreds of shacks in Harare.", "1712", "ZWECOP>ZWECVL", ""},
		{"homes shelled", d, "Government troops shelled homes in Benghazi on Saturday.", "194", "LBYMIL>LBYCVL", ""},
		{"a quarter sealed off", d, "Soldiers sealed off the old quarter of Lhasa on Wednesday.", "191", "CHNMIL>CHNCVL", ""},
		{"a hospital bombed", d, "Russian jets bombed a hospital in Aleppo.", "195", "RUSMIL>SYRCVL", ""},
		{"a school struck", d, "Israeli jets struck a school in Gaza.", "195", "ISRMIL>PSECVL", ""},
		{"a market shelled, not by its subject's tanks", d, "Russian tanks shelled a market in Kharkiv.", "194", "RUSMIL>UKRCVL", ""},
		{"a people's villages", d, "Croatian troops burned Serb villages near Knin.", "1712", "HRVMIL>SRBCVL", ""},
		{"a country's homes", d, "Israeli bulldozers demolished Palestinian homes in Hebron.", "1712", "ISR>PSECVL", ""},
		{"fighters struck stay themselves", d, "Israeli jets struck Hamas fighters in Gaza.", "195", "ISRMIL>PSEREB", ""},
		{"troops shelled stay themselves", d, "Rebels shelled government troops near Goma.", "194", "CODREB>CODMIL", ""},
		{"a hospital visited", d, "The minister visited a hospital in Gaza.", "19", "", ""},
		{"a country invaded", d, "Iraq invaded Kuwait on Thursday.", "19", "IRQ>KWT", ""},
	})
}
