package pipeline

import "testing"

// "with" and a noun phrase whose participle ends the clause or says what
// it serves "as" is an absolute clause: it names no party of the act
// before it. A participle that goes on ("rebels fighting in Darfur") only
// says which rebels.
func TestAbsoluteWithNamesNoParty(t *testing.T) {
	testLexRows(t, []lexRow{
		{"guarantors after a name", "1988-06-01", "Afghanistan and Pakistan signed the accords in April with the United States and the Soviet Union acting as guarantors.", "057", "AFG>PAK", ""},
		{"mediator after a name", "2014-08-26", "Israel and Hamas agreed to a truce on Tuesday with Egypt acting as mediator.", "0871", "", ""},
		{"mediating at the end", "2014-08-26", "Israel held talks with Hamas on Monday with Egypt mediating.", "040", "ISR>PSEREB", ""},
		{"host after a second with", "2020-02-29", "The Taliban signed a deal with the United States in Doha on Saturday, with Qatar acting as host.", "057", "AFGREB>USA", ""},
		{"a reduced relative stays a party", "2006-05-05", "Sudan signed a peace deal with rebels fighting in Darfur.", "057", "SDN>SDNREB", ""},
	})
}
