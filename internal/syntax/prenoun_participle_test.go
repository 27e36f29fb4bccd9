package syntax

import "testing"

// TestPrenounParticiple: an -ing form between a preposition and a noun
// modifies the noun when its verb takes no object (intransitive.txt, from
// WordNet's frames: "on rioting crowds", "among fleeing villagers"), and
// opens a gerund with its object when it takes one ("of arming rebels", "by
// shelling towns"). Finite forms ("were rioting") stay verbs.
func TestPrenounParticiple(t *testing.T) {
	runClauseRows(t, []clauseRow{
		{name: "fired on rioting crowds", named: []string{"Police", "crowds"}, text: "Police fired on rioting crowds in Bombay on Monday.", tags: []string{"rioting/JJ"}, absent: []string{"subj rioting -> Police"}},
		{name: "tear gas at rioting students", named: []string{"Riot police", "students"}, text: "Riot police fired tear gas at rioting students in Jakarta in 1998.", tags: []string{"rioting/JJ"}},
		{name: "charged against rioting youths", text: "Troops will charge against rioting youths if the curfew fails.", tags: []string{"rioting/JJ"}},
		{name: "among fleeing villagers", named: []string{"Soldiers", "villagers"}, text: "Soldiers hid among fleeing villagers near the Thai border.", tags: []string{"fleeing/JJ"}},
		{name: "on fleeing refugees", named: []string{"gunners", "refugees"}, text: "Serb gunners opened fire on fleeing refugees in 1995.", tags: []string{"fleeing/JJ"}, absent: []string{"subj fleeing -> gunners"}},
		{name: "at marching workers", named: []string{"Guards", "workers"}, text: "Guards shot at marching workers outside the factory in Lodz.", tags: []string{"marching/JJ"}},
		{name: "with mourning relatives", text: "The president met with mourning relatives in Beslan on Friday.", tags: []string{"mourning/JJ"}},
		{name: "at advancing troops", text: "Rebels fired mortars at advancing troops near Jaffna in 2000.", tags: []string{"advancing/JJ"}},
		{name: "on protesting students", text: "Police fired on protesting students in Dhaka in 1990.", named: []string{"Police", "students"}, tags: []string{"protesting/JJ"}},
		{name: "against protesting farmers", text: "Police used water cannon against protesting farmers in Brussels.", tags: []string{"protesting/JJ"}},
		{name: "shelled fleeing civilians", text: "The army shelled fleeing civilians near Mosul in 2016.", named: []string{"army", "civilians"}, tags: []string{"fleeing/JJ"}},
		{name: "dispersed rioting youths", text: "Police have dispersed rioting youths in Paris.", tags: []string{"rioting/JJ"}},
		{name: "began marching: aspect", text: "Workers began marching towards the capital.", tags: []string{"marching/VBG"}},
		{name: "the rioting crowds, as before", text: "The rioting crowds burned cars in Lagos.", tags: []string{"rioting/NN"}},
		{name: "of arming rebels: a gerund", named: []string{"Ethiopia", "Egypt", "rebels"}, text: "Ethiopia accused Egypt of arming rebels in the Amhara region.", tags: []string{"arming/VBG"}},
		{name: "by shelling towns: a gerund", text: "The army answered by shelling towns in the north.", tags: []string{"shelling/VBG"}},
		{name: "for jamming signals: a gerund", text: "Iran was blamed for jamming signals from Europe.", tags: []string{"jamming/VBG"}},
		{name: "of looting shops: a gerund", text: "Soldiers were accused of looting shops in Goma.", tags: []string{"looting/VBG"}},
		{name: "were rioting: finite", text: "Students were rioting in Dhaka on Sunday.", tags: []string{"rioting/VBG"}},
		{name: "are protesting: finite", text: "Farmers are protesting against the new tax in Paris.", tags: []string{"protesting/VBG"}},
		{name: "had been fleeing: finite", text: "The villagers had been fleeing the fighting for weeks.", tags: []string{"fleeing/VBG"}},
		{name: "not rioting: finite negated", text: "The crowds were not rioting when police fired.", tags: []string{"rioting/VBG"}},
	})
}
