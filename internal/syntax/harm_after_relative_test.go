package syntax

import "testing"

// TestHarmAfterRelative: a participle of harm (words.txt's harm) set off by
// a comma after a relative clause with no comma before it, whose verb has
// no object, on the object of a clause whose verb has one ("opened fire on
// protesters who were marching against the deal, killing five"): the harm
// is the main clause's act, done by its subject, not by the relative's.
// Other participles stay with the relative ("chanting slogans" is the
// marchers'), and so does harm after a relative set off by commas, already
// the main clause's, and after a relative whose verb acts on someone.
func TestHarmAfterRelative(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "opened fire on marchers, killing", text: "Soldiers opened fire on students who were marching toward the palace, killing four people.",
			rels: []string{"subj(killing, Soldiers)", "obj(killing, four people)"}},
		{name: "shelled villagers who were fleeing, wounding", text: "Government troops shelled villagers who were fleeing across the river, wounding dozens of civilians.",
			rels: []string{"subj(wounding, Government troops)"}},
		{name: "attacked a convoy that, killing", text: "Insurgents attacked a convoy that was travelling to the capital, killing three soldiers.",
			rels: []string{"subj(killing, Insurgents)", "obj(killing, three soldiers)"}},
		{name: "stormed a camp of activists who, injuring", text: "Police stormed a camp of activists who had gathered outside the ministry, injuring 20 people.",
			rels: []string{"subj(injuring, Police)"}},
		{name: "fired tear gas, hurting", text: "Riot police fired tear gas at workers who were protesting over unpaid wages, hurting several of them.",
			rels: []string{"subj(hurting, Riot police)"}},
		{name: "bombed a market, killing", text: "Warplanes bombed shoppers who were queuing in a market, killing 12 civilians.",
			rels: []string{"subj(killing, Warplanes)"}},
		{name: "fired at crowds who, killing", text: "Troops fired at crowds who were marching toward the palace, killing four people.",
			rels: []string{"subj(killing, Troops)"}},
		{name: "shot into a crowd that, wounding", text: "Gunmen shot into a crowd that had gathered outside the church, wounding nine.",
			rels: []string{"subj(wounding, Gunmen)"}},
		{name: "chanting stays with the marchers", text: "Police blocked protesters who were marching through the city, chanting slogans against the president.",
			rels: []string{"subj(chanting, protesters)"}},
		{name: "waving flags stays", text: "Troops surrounded students who had gathered in the square, waving flags.",
			rels: []string{"subj(waving, students)"}},
		{name: "demanding stays", text: "Police dispersed workers who were rallying outside the factory, demanding higher pay.",
			rels: []string{"subj(demanding, workers)"}},
		{name: "carrying banners stays", text: "Soldiers stopped villagers who were walking to the capital, carrying banners.",
			rels: []string{"subj(carrying, villagers)"}},
		{name: "harm after a relative acting on someone stays", text: "Police arrested gunmen who attacked a checkpoint, killing two guards.",
			rels: []string{"subj(killing, gunmen)"}},
		{name: "chanting after fired at stays", text: "Police fired at protesters who were marching on the palace, chanting slogans.",
			rels: []string{"subj(chanting, protesters)"}},
		{name: "a relative set off by commas", text: "Soldiers fired on the marchers, who were heading to the square, killing three.",
			rels: []string{"subj(killing, Soldiers)"}},
	})
}
