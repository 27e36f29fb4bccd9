package eval_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"dateline/internal/eval"
)

func Example() {
	gold := `{"id":"s1","text":"Ghana and Togo agreed to reopen the border.","events":[{"source_country":"GHA","target_country":"TGO","plover":"AGREE"}]}
{"id":"s2","text":"The UN condemned the attack.","events":[{"source_country":"IGO","target_country":"---","plover":"ACCUSE"}]}`
	out := `{"doc":"s1","type":"AGREE","cameo":"030","modality":"asserted","source":{"country":"GHA"},"target":{"country":"TGO"}}
{"doc":"s2","type":"REJECT","cameo":"120","modality":"asserted","source":{"country":"UNO","sector":"IGO"},"target":null}`
	g, err := eval.ReadGold(strings.NewReader(gold), "gold.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	events, err := eval.ReadEvents(strings.NewReader(out), "events.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	r := eval.Score(g, events)
	for _, l := range r.Sentence.Levels {
		fmt.Printf("%-6s P %.2f R %.2f\n", l.Name, l.P(), l.R())
	}
	if err := r.Write(os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// event  P 1.00 R 1.00
	// type   P 0.50 R 0.50
	// dyad   P 1.00 R 1.00
	// triple P 0.50 R 0.50
	// gold.jsonl: 2 sentences, 2 gold events, 2 output events
	// level       P      R     F1  match  gold   out
	// event   1.000  1.000  1.000      2     2     2
	// type    0.500  0.500  0.500      1     2     2
	// dyad    1.000  1.000  1.000      2     2     2
	// triple  0.500  0.500  0.500      1     2     2
	//
	// type        P      R     F1  match  gold   out
	// ACCUSE  0.000  0.000  0.000      0     1     0
	// AGREE   1.000  1.000  1.000      1     1     1
	// REJECT  0.000  0.000  0.000      0     0     1
	//
	// confusion: rows gold type, columns output type; NONE = missed or extra
	//        ACCU AGRE REJE NONE
	// ACCUSE    .    .    1    .
	// AGREE     .    1    .    .
	// REJECT    .    .    .    .
	// NONE      .    .    .    .
	//
	// missed gold events, by what the closest event got wrong
	//   other type          1
}
