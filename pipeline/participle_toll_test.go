package pipeline

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// typeRow asserts every event of a PLOVER type a sentence codes: the
// dyads of all its events of that type, in order, "SRC>TGT" joined by
// spaces; "" for none.
type typeRow struct {
	name, date, text, typ, want string
}

func testTypeRows(t *testing.T, rows []typeRow) {
	t.Helper()
	c := newCoder(t)
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			ref, err := time.Parse(time.DateOnly, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			var got, all []string
			for _, e := range codeText(t, c, tt.text, ref) {
				all = append(all, e.CAMEO+" "+dyad(e))
				if e.Type == tt.typ {
					got = append(got, dyad(e))
				}
			}
			slices.Sort(got)
			want := strings.Fields(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %s %v (all %v), want %v", tt.typ, got, all, want)
			}
		})
	}
}

// TestParticipleToll pins an act of force told with its toll in a
// participle ("shelled the positions, killing two soldiers") as one
// attack, on whom the participle names when the clause's act fell on a
// thing; a participle whose victims are of a country the attack does not
// name, or an act of another kind, stays an event of its own.
func TestParticipleToll(t *testing.T) {
	testTypeRows(t, []typeRow{
		{"shelling positions, killing soldiers", d, "Pakistani troops shelled Indian positions in Kashmir overnight, killing two Indian soldiers.", "ASSAULT", "PAKMIL>INDMIL"},
		{"bombing a town, killing civilians", d, "Syrian government jets bombed the rebel-held town of Douma on Sunday, killing at least 20 civilians.", "ASSAULT", "SYRMIL>SYRCVL"},
		{"attacking a base, killing soldiers", d, "Boko Haram fighters attacked a Nigerian army base near Baga on Saturday, killing 18 soldiers.", "ASSAULT", "NGARAD>NGAMIL"},
		{"raiding a post, wounding soldiers", d, "Ethiopian troops raided an Eritrean border post on Friday, wounding 15 Eritrean soldiers.", "ASSAULT", "ETHMIL>ERIMIL"},
		{"ambushing a unit, killing guerrillas", d, "Colombian soldiers ambushed a FARC unit in Antioquia, killing six guerrillas.", "ASSAULT", "COLMIL>COLREB"},
		{"victims of another country", d, "Iraqi forces attacked Kurdish fighters near Kirkuk, killing an American adviser.", "ASSAULT", "IRQMIL>IRQUAF IRQMIL>USAGOV"},
		{"firing on rebels who fire is two sides", d, "Government troops attacked rebels firing on the town of Bunia.", "ASSAULT", "CODMIL>CODREB CODREB>COD"},
		{"tear gas, then arrests", d, "Police fired tear gas at protesters in Nairobi, arresting 30.", "COERCE", "KENCOP>KENOPP"},
	})
}
