package terraform

import "testing"

// A resource of the root module that a root output refers to directly
// records the output's name (Resource.Exports); other resources do not.
func TestRootOutputsMarkResources(t *testing.T) {
	rs, _ := load(t, map[string]string{"main.tf": `
resource "aws_cloudwatch_metric_alarm" "cpu" {
  count      = 2
  alarm_name = "cpu-${count.index}"
}
resource "aws_sns_topic" "quiet" {}
output "alarms" {
  value = aws_cloudwatch_metric_alarm.cpu[*].arn
}
output "note" {
  value = "aws_sns_topic.quiet is not referred to"
}
`})
	for addr, want := range map[string]int{
		"aws_cloudwatch_metric_alarm.cpu[0]": 1,
		"aws_cloudwatch_metric_alarm.cpu[1]": 1,
		"aws_sns_topic.quiet":                0,
	} {
		r := find(rs, addr)
		if r == nil {
			t.Fatalf("no %s", addr)
		}
		if got := len(r.Exports); got != want {
			t.Errorf("%s: %d exports, want %d", addr, got, want)
		}
	}
	if r := find(rs, "aws_cloudwatch_metric_alarm.cpu[0]"); r != nil && len(r.Exports) == 1 && r.Exports[0].Str != "alarms" {
		t.Errorf("export name %q, want alarms", r.Exports[0].Str)
	}
}
