package pipeline

import "testing"

// TestCoordBacker: a country named as backing the source in the same
// sentence ("Ethiopian troops, backed by Eritrean forces, captured the
// town") is on the source's side: an act of force with no target of its
// own is not aimed at it as the story's counterpart.
func TestCoordBacker(t *testing.T) {
	testCoordRows(t, defaultCoder(t), []lexRow{
		{"backed by forces, capture", "2020-11-28", "Ethiopian troops, backed by Eritrean forces, captured the town.", "19", "!ETHMIL>ERI", ""},
		{"supported by strikes, attack", "2016-12-01", "Syrian troops, supported by Russian air strikes, attacked the town.", "19", "!SYRMIL>RUS", ""},
		{"backed by a state, shelling", "2014-08-20", "Separatist fighters, backed by Russia, shelled the town.", "19", "!RUS", ""},
		{"aided by, recapture", "2015-03-31", "Iraqi forces, aided by Iranian advisers, recaptured the city.", "19", "!IRQMIL>IRN", ""},
		{"the backing is still coded", "2020-11-28", "Ethiopian troops, backed by Eritrean forces, captured the town.", "05", "ERIMIL>ETHMIL", ""},
		{"guard: a foe named before is still the counterpart", "2006-07-14", "Hezbollah fighters captured two Israeli soldiers on Wednesday.\n\nIsraeli troops, backed by tanks, attacked the town.", "19", "ISRMIL>LBNRAD", ""},
		{"guard: a named target stays", "2020-11-28", "Ethiopian troops, backed by Eritrean forces, attacked Somali rebels.", "19", "ETHMIL>SOMREB", ""},
	})
}
