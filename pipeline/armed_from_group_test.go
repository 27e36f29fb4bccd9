package pipeline

import "testing"

// TestArmedFromGroup: armed men "from" an armed group are the group's, as
// "al-Shabaab gunmen" and "fighters of the Islamic State group" already
// are; gunmen from a village and troops from a country keep their own
// sector.
func TestArmedFromGroup(t *testing.T) {
	testLexRows(t, []lexRow{
		{"gunmen from a group", "2015-04-02", "Kenyan troops killed four gunmen from al-Shabaab.", "190", "KENMIL>SOMRAD", ""},
		{"gunmen from a group told by kind", "2015-04-02", "Kenyan troops killed four gunmen from the Somali Islamist group al-Shabaab.", "190", "KENMIL>SOMRAD", ""},
		{"fighters from a rebel army", "2013-05-02", "Fighters from the Free Syrian Army attacked the airport in Aleppo.", "190", "SYRREB>SYR", ""},
		{"militiamen from a movement", "2010-03-02", "Somali troops clashed with militiamen from al-Shabaab in Mogadishu.", "19", "SOMMIL>SOMRAD", ""},
		{"gunmen from a village stay gunmen", "2015-04-02", "Gunmen from the village attacked a police post.", "190", "UAF>COP", ""},
		{"troops from a country stay troops", "2015-04-02", "Troops from Kenya attacked al-Shabaab.", "190", "KENMIL>SOMRAD", ""},
	})
}
