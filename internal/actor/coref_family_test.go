package actor

import (
	"strings"
	"testing"
)

// corefCase is one short story whose last sentence's mentions are checked:
// the same construction in several shapes, and the near misses that must
// not take the rule.
type corefCase struct {
	name  string
	on    string
	story []string
	want  string // the last sentence's mentions, as renderPeople writes them
	rule  string // a rule of the last sentence must contain this, if set
}

func runCorefCases(t *testing.T, tests []corefCase) {
	t.Helper()
	d := dict(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := lastMentions(d, tt.on, tt.story)
			if got := renderPeople(ms); got != tt.want {
				t.Errorf("%q:\ngot  %s\nwant %s", tt.story[len(tt.story)-1], got, tt.want)
			}
			if tt.rule == "" {
				return
			}
			var rules []string
			for _, m := range ms {
				if strings.Contains(m.Rule, tt.rule) {
					return
				}
				rules = append(rules, m.Rule)
			}
			t.Errorf("no rule holds %q; got %q", tt.rule, rules)
		})
	}
}

// TestCountedStatesAfterPair: "both countries", "the two nations" right
// after a sentence that opened with two countries joined by "and" are
// that pair; further on, or when this sentence names one of them, they
// are the countries the story names most.
func TestCountedStatesAfterPair(t *testing.T) {
	runCorefCases(t, []corefCase{
		{"both countries after the pair that acted", "2021-02-01", []string{
			"The army detained the prime minister of Myanmar on Monday.",
			"Myanmar's generals declared an emergency, and the United States threatened Myanmar with sanctions.",
			"Laos and Vietnam called the crisis an internal affair.",
			"Both countries refused to interfere."},
			"Both countries=LAO/Laos; Both countries=VNM/Vietnam", "the two countries an earlier sentence joined"},
		{"the two nations as an object after the pair", "2019-05-02", []string{
			"Chile filed a complaint against Bolivia over the river.",
			"Chile said Bolivia had diverted the water.",
			"Peru and Argentina offered to mediate.",
			"Brazil praised the two nations for their offer."},
			"Brazil=BRA/Brazil; two nations=PER/Peru; two nations=ARG/Argentina", "the two countries an earlier sentence joined"},
		{"the two countries after a pair set off by an apposition", "2019-07-10", []string{
			"The United States imposed sanctions on Venezuela's oil company.",
			"Russia and China, Venezuela's closest allies, criticised the sanctions.",
			"The two countries called the measures illegal."},
			"two countries=RUS/Russia; two countries=CHN/China", "the two countries an earlier sentence joined"},
		{"two sentences on, the countries named most", "2020-06-02", []string{
			"Egypt accused Ethiopia of threatening its water supply.",
			"Sudan and Kenya urged calm.",
			"Egypt rejected the appeal.",
			"The African Union urged the two countries to resume talks."},
			"African Union=IGOAFR/African Union; two countries=EGY/Egypt; two countries=ETH/Ethiopia", "the 2 countries the story names most"},
		{"not the pair when this sentence names one of them", "2020-06-02", []string{
			"Egypt accused Ethiopia of threatening its water supply.",
			"Egypt said Ethiopia had broken its promise.",
			"Sudan and Kenya urged calm.",
			"Kenya urged both countries to resume talks."},
			"Kenya=KEN/Kenya; both countries=EGY/Egypt; both countries=ETH/Ethiopia", "the 2 countries the story names most"},
		{"not a pair that an appeal named as its object", "2020-06-02", []string{
			"Egypt accused Ethiopia of threatening its water supply.",
			"Egypt said Ethiopia had broken its promise.",
			"The United Nations urged Sudan and Kenya to mediate.",
			"The two countries traded accusations again."},
			"two countries=EGY/Egypt; two countries=ETH/Ethiopia", "the 2 countries the story names most"},
	})
}
