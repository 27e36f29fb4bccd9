package pipeline

import (
	"slices"
	"testing"
	"time"
)

// partyRow is a sentence with the dyads its events of one code must hold
// and those they must not.
type partyRow struct {
	name, text, code string
	want, not        []string
}

func testPartyRows(t *testing.T, rows []partyRow) {
	t.Helper()
	c := newCoder(t)
	ref, err := time.Parse(time.DateOnly, d)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range codeText(t, c, tt.text, ref) {
				if hasCode(e, tt.code) {
					got = append(got, dyad(e))
				}
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("got %s %v, want %s", tt.code, got, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("got %s %v, want no %s", tt.code, got, n)
				}
			}
		})
	}
}

// TestJoinedIn: "A joined B in doing C" tells that both did it; a joining
// denied, refused or to come adds no one, and "joined B in" a place or a
// time is no act of B's.
func TestJoinedIn(t *testing.T) {
	testPartyRows(t, []partyRow{
		{"joined in condemning", "Canada joined Australia in criticising China.", "111", []string{"AUS>CHN", "CAN>CHN"}, nil},
		{"joined in denouncing a raid", "Egypt joined Jordan in denouncing the Israeli raid.", "111", []string{"JOR>ISR", "EGY>ISR"}, nil},
		{"joined in expelling", "Norway joined Sweden in expelling Russian diplomats.", "161", []string{"SWE>RUSGOV", "NOR>RUSGOV"}, nil},
		{"troops joined in attacking", "Kenyan troops joined Ugandan soldiers in attacking al-Shabaab bases.", "19", []string{"UGAMIL>SOMRAD", "KENMIL>SOMRAD"}, nil},
		{"joined in urging", "Germany joined France in urging Iran to halt enrichment.", "02", []string{"FRA>IRN", "DEU>IRN"}, nil},
		{"had joined, reported", "Officials said Chile had joined Peru in recalling their ambassadors.", "161", []string{"PER>", "CHL>"}, nil},
		{"did not join", "Canada did not join Australia in criticising China.", "111", []string{"AUS>CHN"}, []string{"CAN>CHN"}},
		{"refused to join", "Mexico refused to join Canada in condemning Venezuela.", "111", []string{"CAN>VEN"}, []string{"MEX>VEN"}},
		{"will join", "Pakistan will join China in opposing the resolution.", "12", nil, []string{"PAK>"}},
		{"could join", "Ghana could join Nigeria in banning the imports.", "16", nil, []string{"GHA>"}},
		{"joined after, not in", "Canada joined Australia after criticising China.", "111", []string{"CAN>CHN"}, []string{"AUS>CHN"}},
	})
}

// TestHelpedBy: whoever a "with" phrase of help names ("with the help of
// X", "with X's support", "with Turkish backing") helps the doer, and
// whoever an "on behalf of" phrase names is the one the doer acts for;
// neither is the target of the act nor its partner. A plain "with"
// partner stays one.
func TestHelpedBy(t *testing.T) {
	testPartyRows(t, []partyRow{
		{"recaptured with the help of", "The Iraqi army recaptured the town with the help of American air strikes.", "19", []string{"IRQMIL>"}, []string{"IRQMIL>USA", "IRQMIL>USAGOV"}},
		{"seized with the support of", "Rebels seized the airport with the support of Turkish drones.", "19", nil, []string{"REB>TUR", "REB>TURMIL", "REB>TURGOV"}},
		{"arrested with the assistance of", "Police arrested the suspects with the assistance of French investigators.", "17", []string{"COP>"}, []string{"COP>FRA", "COP>FRAGOV"}},
		{"captured with an adjective's support", "Rebels captured the town with Turkish support.", "19", []string{"REB>"}, []string{"REB>TUR", "REB>TURGOV"}},
		{"retook with an adjective's help", "The army retook the base with American help.", "19", []string{"MIL>"}, []string{"MIL>USA", "MIL>USAGOV"}},
		{"signed with the help of", "The government signed a deal with the help of Qatar.", "05", nil, []string{"GOV>QAT", "GOV>QATGOV"}},
		{"a partner and a helper", "Ethiopia signed a deal with Eritrea with the help of Saudi Arabia.", "05", []string{"ETH>ERI"}, []string{"ETH>SAU"}},
		{"a plain partner stays", "Iran signed an agreement with Russia.", "05", []string{"IRN>RUS"}, nil},
		{"links with a country", "The army cut off the town's links with Turkey.", "16", []string{"MIL>TUR"}, nil},
		{"mediated on behalf of", "Qatar mediated the talks on behalf of the United Nations.", "04", []string{"QAT>"}, []string{"QAT>IGOUNO"}},
		{"a message on behalf of", "The envoy delivered a message on behalf of the Egyptian president.", "01", nil, []string{"EGY>EGY", "EGYGOV>EGY"}},
		{"negotiated with, on behalf of", "Switzerland negotiated with Iran on behalf of Washington.", "04", []string{"CHE>IRN"}, []string{"CHE>USA"}},
	})
}
