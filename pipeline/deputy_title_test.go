package pipeline

import (
	"testing"
	"time"
)

// TestDeputyTitle: a title that a rank word makes another office ("deputy
// foreign minister", "vice president", "junior minister": lesser: in
// agents.txt) never names the person who holds the unmodified office that
// day; the actor is the office's country, or the person named in
// apposition with it, also when a second title is joined to the first
// ("X, Iran's deputy foreign minister and chief nuclear negotiator,") or
// the country is only "the country's". The office itself, "acting" before
// it, and a deputy the knowledge names keep their person.
func TestDeputyTitle(t *testing.T) {
	c := newCoder(t)
	rows := []struct{ name, date, text, code, src, tgt string }{
		{"named deputy, second title", "2020-01-10", "Ahmed Karimi, Iran's deputy foreign minister and chief nuclear negotiator, rejected the proposal.", "127", "Ahmed Karimi", ""},
		{"unnamed deputy subject", "2020-01-10", "Iran's deputy foreign minister visited Baghdad.", "042", "Iran", "Iraq"},
		{"unnamed deputy, second title", "2020-01-10", "Russia's deputy foreign minister and chief negotiator rejected the proposal.", "127", "Russia", ""},
		{"named former deputy, the country's", "2020-01-10", "Ahmed Karimi, the country's former deputy prime minister, criticised Japan.", "111", "Ahmed Karimi", "Japan"},
		{"vice defence minister", "2020-01-10", "Japan's vice defence minister criticised China.", "111", "Japan", "China"},
		{"deputy as object", "2020-01-10", "China criticised Japan's deputy defence minister.", "111", "China", "Japan"},
		{"junior minister", "2020-01-10", "Turkey's junior foreign minister criticised Greece.", "111", "Türkiye", "Greece"},
		{"vice president", "2020-01-10", "Iran's vice president rejected the proposal.", "127", "Iran", ""},
		{"deputy as object after a head", "2020-01-10", "Egypt's president criticised Iran's deputy foreign minister.", "111", "Abdel Fattah el-Sisi", "Iran"},
		{"named deputy as object, second title", "2020-01-10", "Japan criticised Ahmed Karimi, Iran's deputy foreign minister and chief negotiator, on Friday.", "111", "Japan", "Ahmed Karimi"},
		{"named, the nation's", "2020-01-10", "Ahmed Karimi, the nation's deputy defence minister, criticised Japan.", "111", "Ahmed Karimi", "Japan"},
		{"named minister, second title", "2020-01-10", "Ahmed Karimi, Iran's foreign minister and chief negotiator, rejected the proposal.", "127", "Ahmed Karimi", ""},
		{"must not: the minister", "2020-01-10", "Iran's foreign minister visited Baghdad.", "042", "Mohammad Javad Zarif", "Iraq"},
		{"must not: a known deputy", "2020-01-10", "Deputy Prime Minister Taro Aso criticised China.", "111", "Taro Aso", "China"},
		{"must not: acting president", "2019-04-01", "Acting President Kassym-Jomart Tokayev criticised China.", "111", "Kassym-Jomart Tokayev", "China"},
		{"must not: acting, unnamed", "2019-04-01", "Kazakhstan's acting president criticised China.", "111", "Kassym-Jomart Tokayev", "China"},
	}
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			ref, err := time.Parse(time.DateOnly, tt.date)
			if err != nil {
				t.Fatal(err)
			}
			var all []string
			for _, e := range codeText(t, c, tt.text, ref) {
				src, tgt := e.Source.Name, ""
				if e.Target != nil {
					tgt = e.Target.Name
				}
				all = append(all, e.CAMEO+" "+src+">"+tgt)
				if hasCode(e, tt.code) && src == tt.src && tgt == tt.tgt {
					return
				}
			}
			t.Errorf("got %v, want %s %s>%s", all, tt.code, tt.src, tt.tgt)
		})
	}
}
