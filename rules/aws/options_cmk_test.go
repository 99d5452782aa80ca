package aws

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// TestRequireCustomerKey checks the option require-customer-key of AWS-006
// and AWS-164: without it, an explicit SSE-S3 bucket and a table on the
// AWS managed key are fine; with it, only customer managed keys are.
func TestRequireCustomerKey(t *testing.T) {
	const src = `resource "aws_s3_bucket" "sse_s3" {
  bucket = "acme-sse-s3"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = aws_s3_bucket.sse_s3.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket" "aws_managed" {
  bucket = "acme-aws-managed"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "aws_managed" {
  bucket = aws_s3_bucket.aws_managed.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/aws/s3"
    }
  }
}

resource "aws_kms_key" "data" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "cmk" {
  bucket = "acme-cmk"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "cmk" {
  bucket = aws_s3_bucket.cmk.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
  }
}

resource "aws_s3_bucket" "undeclared" {
  bucket = "acme-undeclared"
}

resource "aws_dynamodb_table" "aws_owned" {
  name     = "aws-owned"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "aws_managed" {
  name     = "aws-managed"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "cmk" {
  name     = "cmk"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.data.arn
  }
}
`
	const tmpl = `Resources:
  DataKey:
    Type: AWS::KMS::Key
  KmsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !GetAtt DataKey.Arn
  S3ManagedBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
`
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "template.yaml"), []byte(tmpl), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		rule    *engine.Rule
		options map[string]any
		want    []string // resources with findings
	}{
		{"AWS-006 defaults", s3MissingDefaultEncryption(), nil, []string{"aws_s3_bucket.undeclared"}},
		{"AWS-006 configured off", s3MissingDefaultEncryption(), map[string]any{"AWS-006": &setting.CustomerKeyOptions{}},
			[]string{"aws_s3_bucket.undeclared"}},
		{"AWS-006 require customer key", s3MissingDefaultEncryption(),
			map[string]any{"AWS-006": &setting.CustomerKeyOptions{RequireCustomerKey: true}},
			[]string{"S3ManagedBucket", "aws_s3_bucket.aws_managed", "aws_s3_bucket.sse_s3", "aws_s3_bucket.undeclared"}},
		{"AWS-164 defaults", dynamoDBOwnedKeyOnly(), nil, []string{"aws_dynamodb_table.aws_owned"}},
		{"AWS-164 require customer key", dynamoDBOwnedKeyOnly(),
			map[string]any{"AWS-164": &setting.CustomerKeyOptions{RequireCustomerKey: true}},
			[]string{"aws_dynamodb_table.aws_managed", "aws_dynamodb_table.aws_owned"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := engine.Scan(context.Background(), []string{dir}, engine.Config{Rules: []*engine.Rule{tc.rule}, RuleOptions: tc.options})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Resource.Address)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("findings on %v, want %v", got, tc.want)
			}
		})
	}
}
