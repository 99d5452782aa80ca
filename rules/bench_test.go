package rules

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
)

// writeProject writes a Terraform project of n VPC stacks: a VPC, subnets,
// a flow log, a security group with rules referring to it, buckets with
// their split configuration resources, instances and IAM, all cross
// referenced, in files of about 50 stacks each.
func writeProject(b testing.TB, dir string, n int) int {
	b.Helper()
	resources := 0
	var f strings.Builder
	flush := func(i int) {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("stack%04d.tf", i)), []byte(f.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		f.Reset()
	}
	for i := 0; i < n; i++ {
		fmt.Fprintf(&f, `
resource "aws_vpc" "v%[1]d" {
  cidr_block = "10.%[2]d.0.0/16"
}
resource "aws_subnet" "a%[1]d" {
  vpc_id     = aws_vpc.v%[1]d.id
  cidr_block = cidrsubnet(aws_vpc.v%[1]d.cidr_block, 8, 1)
}
resource "aws_flow_log" "f%[1]d" {
  vpc_id       = aws_vpc.v%[1]d.id
  traffic_type = "ALL"
}
resource "aws_security_group" "sg%[1]d" {
  vpc_id = aws_vpc.v%[1]d.id
}
resource "aws_security_group_rule" "r%[1]d" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [%[3]q]
  security_group_id = aws_security_group.sg%[1]d.id
}
resource "aws_s3_bucket" "b%[1]d" {
  bucket = "bucket-%[1]d"
}
resource "aws_s3_bucket_public_access_block" "b%[1]d" {
  bucket                  = aws_s3_bucket.b%[1]d.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
resource "aws_s3_bucket_versioning" "b%[1]d" {
  bucket = "bucket-%[1]d"
  versioning_configuration {
    status = "Enabled"
  }
}
resource "aws_instance" "i%[1]d" {
  ami                    = "ami-123"
  subnet_id              = aws_subnet.a%[1]d.id
  vpc_security_group_ids = [aws_security_group.sg%[1]d.id]
  root_block_device {
    encrypted = true
  }
}
resource "aws_iam_role_policy" "p%[1]d" {
  role   = "r%[1]d"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "${aws_s3_bucket.b%[1]d.arn}/*" }] })
}
`, i, i%250, map[bool]string{true: "0.0.0.0/0", false: "10.0.0.0/8"}[i%10 == 0])
		resources += 10
		if i%50 == 49 {
			flush(i)
		}
	}
	flush(n)
	return resources
}

// BenchmarkScanProject measures parsing, evaluation, graph construction
// and every rule on generated projects of growing size; ns/resource should
// stay about flat if the whole pipeline is near-linear.
func BenchmarkScanProject(b *testing.B) {
	for _, n := range []int{100, 400, 1600} {
		dir := b.TempDir()
		resources := writeProject(b, dir, n)
		b.Run(fmt.Sprintf("resources=%d", resources), func(b *testing.B) {
			b.ReportAllocs()
			var findings int
			for i := 0; i < b.N; i++ {
				res, err := engine.Scan(context.Background(), []string{dir}, engine.Config{Rules: All()})
				if err != nil {
					b.Fatal(err)
				}
				findings = len(res.Findings)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(resources), "ns/resource")
			b.ReportMetric(float64(findings), "findings")
		})
	}
}

// TestGeneratedProjectFindings checks the generated project's findings, so
// the benchmark measures a pipeline that works.
func TestGeneratedProjectFindings(t *testing.T) {
	dir := t.TempDir()
	writeProject(t, dir, 20)
	res, err := engine.Scan(context.Background(), []string{dir}, engine.Config{Rules: All()})
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, f := range res.Findings {
		count[f.Rule.ID]++
	}
	// Stacks 0 and 10 open SSH to the world.
	if count["AWS-001"] != 2 {
		t.Errorf("AWS-001: %d findings, want 2 (%v)", count["AWS-001"], count)
	}
	for _, id := range []string{"AWS-002", "AWS-003", "AWS-004", "AWS-005", "AWS-008", "AWS-010"} {
		if count[id] != 0 {
			t.Errorf("%s: %d unexpected findings", id, count[id])
		}
	}
}
