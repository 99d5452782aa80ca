package aws

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// TestSQSRequireCustomerKey checks AWS-040's option: without it a queue on
// SSE-SQS (the default) is fine; with it, only a queue naming a KMS key is.
func TestSQSRequireCustomerKey(t *testing.T) {
	dir := t.TempDir()
	src := `resource "aws_sqs_queue" "default_sse" {
  name = "default"
}

resource "aws_sqs_queue" "kms" {
  name              = "kms"
  kms_master_key_id = "alias/queues"
}
`
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	rule := dataSQSEncryptionDisabled()
	for _, tc := range []struct {
		name    string
		options map[string]any
		want    []int // finding lines
	}{
		{"defaults", nil, nil},
		{"configured off", map[string]any{"AWS-040": &setting.CustomerKeyOptions{}}, nil},
		{"require customer key", map[string]any{"AWS-040": &setting.CustomerKeyOptions{RequireCustomerKey: true}}, []int{1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := engine.Scan(context.Background(), []string{dir}, engine.Config{Rules: []*engine.Rule{rule}, RuleOptions: tc.options})
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, f := range res.Findings {
				got = append(got, int(f.Range.Start.Line))
			}
			if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
				t.Errorf("findings on lines %v, want %v", got, tc.want)
			}
		})
	}
}
