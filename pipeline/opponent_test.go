package pipeline

import "testing"

// TestOpponentNamedByRole: a noun that names a party by its role against
// the speaker's side ("the enemy", "the invaders", "the occupiers", "enemy
// positions": agents.txt's opponents) stands for the party that side has
// fought in the story: the side is the sentence's other party, else the
// source of the latest act of force told, and the opponent of a state is
// its forces, a rebel group itself. A story with no fight, an abstract
// complement ("enemies of the revolution"), a naming ("called the press
// the enemy") and a sentence that names both sides keep what they had.
func TestOpponentNamedByRole(t *testing.T) {
	testLexRowsWith(t, defaultCoder(t), []lexRow{
		{"the enemy shells a city, a governor says", "2022-05-01", "Russian troops attacked Ukrainian positions near Kharkiv on Monday. The enemy shelled the city overnight, the governor said.", "194", "RUSMIL>UKRGOV", ""},
		{"forces repel the enemy", "1998-06-02", "Ethiopian troops crossed into Eritrea on Tuesday. Eritrean forces repelled the enemy near the border town, the Eritrean defence ministry said.", "190", "ERIMIL>ETHMIL", ""},
		{"a vow to drive out the invaders", "1990-08-03", "Iraqi troops invaded Kuwait on Thursday. The Kuwaiti emir vowed to drive out the invaders.", "138", "KWTGOV>IRQMIL", ""},
		{"guerrillas ambush the occupiers", "1976-03-01", "Indonesian troops seized Dili in December. East Timorese guerrillas ambushed the occupiers near Baucau on Sunday.", "190", "TLSREB>IDNMIL", ""},
		{"rockets at enemy positions", "2006-07-20", "Israeli jets struck targets in southern Lebanon on Monday. Hezbollah fighters fired rockets at enemy positions, the group said.", "194", "LBNRAD>ISRMIL", ""},
		{"enemy aircraft bomb a bridge", "2022-05-01", "Russian forces attacked Ukrainian positions near Izyum on Monday. Enemy aircraft bombed the bridge at dawn, a Ukrainian army spokesman said.", "195", "RUSMIL>UKR", ""},
		{"rebels repel the enemy at home", "2004-05-10", "Sudanese troops attacked rebel positions in Darfur on Monday. Darfur rebels said they had repelled the enemy near the town.", "190", "SDNREB>SDNMIL", ""},
		{"the enemy after a fight with no second party", "2025-07-25", "Thai troops shelled Cambodian positions on Friday. The enemy shelled a border village on Saturday.", "194", "KHMMIL>THAMIL", ""},
		{"the other side accused of a crossing", "2020-06-20", "Chinese troops clashed with Indian soldiers in the Galwan valley on Monday. The Indian army accused the other side of crossing the border.", "112", "INDMIL>CHNMIL", ""},
		{"fire on hostile forces at home", "2014-08-20", "Pro-Russian rebels attacked Ukrainian checkpoints near Luhansk. Ukrainian troops fired on hostile forces near the airport, a military spokesman said.", "193", "UKRMIL>UKRREB", ""},
		{"its troops attacked the aggressor", "1994-02-10", "Armenian forces shelled Azerbaijani villages on Sunday. The Azerbaijani defence ministry said its troops had attacked the aggressor.", "190", "AZEMIL>ARMMIL", ""},
		{"commandos attack the occupation forces", "1982-05-28", "Argentine troops attacked British marines on the Falklands in April. British commandos attacked the occupation forces at Goose Green.", "190", "GBRMIL>ARGMIL", ""},
		{"militia of no country vow to fight the invaders", "2006-12-26", "Ethiopian troops pushed deeper into Somalia on Monday. Islamist militia leaders vowed to fight the invaders.", "138", "UAF>ETHMIL", ""},
		{"a side told in no fight: the last force told", "1994-12-13", "Russian armoured columns pressed deeper into Chechnya on Monday. Chechen rebel commander Shamil Basayev vowed to fight the invaders.", "138", "RUSREB>RUSMIL", ""},
		{"the occupying power accused", "1999-01-01", "Israeli troops seized the West Bank in 1967. Palestinian officials accused the occupying power of demolishing homes.", "112", "PSEGOV>ISRMIL", ""},
		{"guerrillas ambush the occupation army", "1999-01-01", "Indonesian troops seized Dili in December. Timorese guerrillas ambushed the occupation army near Baucau.", "190", "TLSREB>IDNMIL", ""},
		{"troops fight the invading army", "1999-01-01", "Ethiopian troops pushed into Eritrea on Monday. Eritrean troops fought the invading army near Barentu.", "190", "ERIMIL>ETHMIL", ""},
		// must not change
		{"no fight told before", "2022-05-01", "The enemy shelled the city overnight, the governor said.", "194", "", ""},
		{"enemies of an abstract cause", "2019-03-01", "Venezuelan troops fired on protesters in Caracas on Monday. President Maduro denounced the enemies of the revolution.", "111", "VENGOV>VENOPP", ""},
		{"the press called the enemy", "2019-03-01", "Ugandan police beat journalists in Kampala on Monday. President Museveni called the press the enemy.", "111", "UGAGOV>", ""},
		{"a sentence that names both sides", "2022-05-01", "Russian troops attacked Ukrainian positions on Monday. Belarusian troops, the enemy, massed on the border, the Ukrainian army said.", "154", "BLRMIL>UKR", ""},
		{"the other side as a place", "2020-06-20", "Chinese troops clashed with Indian soldiers in the Galwan valley on Monday. Chinese soldiers waiting on the other side attacked the patrol.", "190", "CHNMIL>INDMIL", ""},
		{"a common enemy is no one in particular", "2010-03-01", "Somali rebels attacked an army base near Mogadishu on Monday. The Somali president urged the clans to unite against a common enemy.", "020", "SOMGOV>", ""},
		{"a common enemy is no target", "2010-03-01", "Somali rebels attacked an army base near Mogadishu on Monday. The Somali president urged the clans to unite against a common enemy.", "113", "", ""},
		{"the enemy named by its country", "2022-05-01", "Russian forces attacked Ukrainian positions near Izyum on Monday. The Russian occupiers shelled the bridge at dawn, a Ukrainian army spokesman said.", "194", "RUSMIL>UKR", ""},
	})
}
