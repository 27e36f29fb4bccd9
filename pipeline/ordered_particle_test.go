package pipeline

import "testing"

// TestOrderedByParticle pins an order whose particle or complement names
// the act (issue 11, wrong roots): a broadcaster ordered off the air or an
// outlet ordered to close is restricted (1721), and forces ordered onto
// an alert are put on it (152), as "forced off the air" and "ordered on
// alert" read; not an order between parties (100), nor no event. An order
// to an adversary keeps its demand, one to one's own forces its act, and
// an order told as not given or only to come is no act done.
func TestOrderedByParticle(t *testing.T) {
	d := "2020-01-06"
	testRowsWith(t, newCoder(t), []lexRow{
		{"channels off the air", d, "The Pakistani government ordered private news channels off the air on Monday.", "1721", "PAKGOV>PAKCVL", ""},
		{"station off the air", d, "Venezuela's government ordered the opposition television station off the air.", "1721", "VENGOV>VENMED", ""},
		{"broadcasters off the air", d, "Kenya's government ordered three private broadcasters off the air on Tuesday.", "1721", "KENGOV>KENMED", ""},
		{"perfect, off the air", d, "The junta in Myanmar has ordered two independent radio stations off the air.", "1721", "MMRGOV>MMRMED", ""},
		{"newspaper to close", d, "Iran's judiciary ordered the reformist newspaper to close on Sunday.", "17", "IRNJUD>IRNMED", ""},
		{"station to shut down", d, "Russian authorities ordered the independent radio station to shut down.", "1721", "RUSGOV>RUSMED", ""},
		{"forces onto alert", d, "President Kim Young-sam ordered the armed forces onto a higher state of alert on Friday.", "152", "KORGOV>", ""},
		{"military onto full alert", d, "Taiwan's defence minister ordered the military onto full alert.", "152", "TWNGOV>", ""},
		{"nuclear forces onto high alert", d, "Putin ordered Russia's nuclear forces onto high alert on Sunday.", "152", "RUSGOV>", ""},
		{"guard on to alert", d, "The president of Peru ordered the army on to maximum alert.", "152", "PERGOV>", ""},
		{"guard negated", d, "Egypt's government did not order the station off the air.", "1721", "", ""},
		{"guard not asserted, would", d, "The military government would order the channels off the air, the minister said.", "17", "", ""},
		{"guard back to barracks", d, "The Thai general ordered his troops back to their barracks.", "087", "THAMIL>", ""},
		{"guard rebels to surrender", d, "The Ugandan president ordered the rebels to surrender.", "10", "UGAGOV>UGAREB", ""},
		{"guard army to arrest", d, "The Bolivian government ordered the army to arrest the opposition leader.", "173", "BOLGOV>BOLOPP", ""},
	}, true)
}
