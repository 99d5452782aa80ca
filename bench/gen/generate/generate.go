// Package generate writes large, realistic Terraform and CloudFormation
// inputs for benchmarks and the bench/ scripts: resources that refer to
// each other, variables and locals, nested blocks, a few findings and a
// few ignore comments. The output depends only on the arguments.
package generate

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Terraform writes one Terraform file of n resources: a mix of S3
// buckets (with versioning, encryption and public access blocks), security
// groups with ingress blocks and instances that use variables, locals and
// the security groups' ids.
func Terraform(w io.Writer, n int) error {
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, `variable "env" {
  type    = string
  default = "prod"
}

variable "ami" {
  type    = string
  default = "ami-0123456789abcdef0"
}

variable "admin_cidr" {
  type    = string
  default = "0.0.0.0/0"
}

variable "ports" {
  type    = list(number)
  default = [22, 443, 5432]
}

locals {
  prefix = "acme-${var.env}"
  size   = var.env == "prod" ? "m5.large" : "t3.micro"
  tags = {
    Environment = var.env
    Owner       = "platform"
  }
}

`)
	for i := 0; i < n; i++ {
		switch i % 5 {
		case 0:
			fmt.Fprintf(bw, `resource "aws_s3_bucket" "b%d" {
  bucket = "${local.prefix}-data-%d"
  tags   = merge(local.tags, { Name = "data-%d" })
}

`, i, i, i)
		case 1:
			fmt.Fprintf(bw, `resource "aws_s3_bucket_public_access_block" "b%d" {
  bucket                  = aws_s3_bucket.b%d.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = %v
  restrict_public_buckets = true
}

`, i-1, i-1, i%3 != 0)
		case 2:
			if i%7 == 2 {
				fmt.Fprint(bw, "# soc2lint:ignore AWS-001 bastion, reviewed in SEC-42\n")
			}
			fmt.Fprintf(bw, `resource "aws_security_group" "sg%d" {
  name        = "${local.prefix}-sg-%d"
  description = "service %d"
  vpc_id      = "vpc-0123456789abcdef0"

  ingress {
    description = "ssh"
    from_port   = var.ports[0]
    to_port     = var.ports[0]
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }

  ingress {
    description = "https"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.%d.0.0/16"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = local.tags
}

`, i, i, i, i%250)
		case 3:
			fmt.Fprintf(bw, `resource "aws_instance" "vm%d" {
  ami                    = var.ami
  instance_type          = local.size
  vpc_security_group_ids = [aws_security_group.sg%d.id]
  monitoring             = true

  metadata_options {
    http_tokens = "required"
  }

  root_block_device {
    encrypted   = %v
    volume_size = 20
  }

  tags = merge(local.tags, { Name = "${local.prefix}-vm-%d" })
}

`, i, i-1, i%2 == 1, i)
		case 4:
			fmt.Fprintf(bw, `resource "aws_s3_bucket_server_side_encryption_configuration" "b%d" {
  bucket = aws_s3_bucket.b%d.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

`, i-4, i-4)
		}
	}
	return bw.Flush()
}

// CloudFormation writes one YAML template of n resources: security
// groups with ingress rules, volumes, instances and buckets, using
// parameters, mappings, conditions, Ref, Fn::GetAtt, Fn::Sub, Fn::If,
// Fn::FindInMap and Fn::Join.
func CloudFormation(w io.Writer, n int) error {
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, `AWSTemplateFormatVersion: "2010-09-09"
Description: generated
Parameters:
  Env: {Type: String, Default: prod}
  Cidr: {Type: String, Default: 10.0.0.0/16}
  Mode: {Type: String}
Mappings:
  EnvMap:
    prod: {Encrypted: "true", Size: 100, Cidr: 0.0.0.0/0}
    dev: {Encrypted: "false", Size: 10, Cidr: 10.0.0.0/8}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  Open: !Equals [!Ref Mode, open]
Resources:
`)
	for i := 0; i < n; i++ {
		switch i % 4 {
		case 0:
			fmt.Fprintf(bw, `  Sg%d:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: !Sub "${Env} group %d"
      VpcId: vpc-0123456789abcdef0
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: !FindInMap [EnvMap, !Ref Env, Cidr]
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 10.0.0.0/8
      Tags:
        - Key: Name
          Value: !Sub "${Env}-sg-%d"
`, i, i, i)
		case 1:
			fmt.Fprintf(bw, `  Vol%d:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: !GetAtt Inst%d.AvailabilityZone
      Size: !FindInMap [EnvMap, !Ref Env, Size]
      Encrypted: !FindInMap [EnvMap, !Ref Env, Encrypted]
      Tags:
        - Key: Name
          Value: !Join ["-", [!Ref Env, vol, "%d"]]
`, i, i+1, i)
		case 2:
			fmt.Fprintf(bw, `  Inst%d:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: !If [IsProd, m5.large, t3.micro]
      SecurityGroupIds: [!Ref Sg%d]
      Monitoring: true
      MetadataOptions: {HttpTokens: required}
`, i, i-2)
		case 3:
			fmt.Fprintf(bw, `  Bucket%d:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "acme-${Env}-%d"
      VersioningConfiguration: {Status: Enabled}
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: {SSEAlgorithm: "aws:kms"}
`, i, i)
		}
	}
	return bw.Flush()
}

// Repository writes a tree of n Terraform modules under dir, as a large
// company repository holds them: modules/mNNNN each with variables,
// resources and outputs, and one environment root per 20 modules
// (envs/eNNN) calling them.
func Repository(dir string, n int) error {
	for m := 0; m < n; m++ {
		if err := writeModule(filepath.Join(dir, "modules", fmt.Sprintf("m%04d", m)), m); err != nil {
			return err
		}
	}
	for e := 0; e*20 < n; e++ {
		d := filepath.Join(dir, "envs", fmt.Sprintf("e%03d", e))
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
		f, err := os.Create(filepath.Join(d, "main.tf"))
		if err != nil {
			return err
		}
		bw := bufio.NewWriter(f)
		fmt.Fprintf(bw, "locals {\n  env = \"e%03d\"\n}\n\n", e)
		for m := e * 20; m < n && m < (e+1)*20; m++ {
			fmt.Fprintf(bw, "module \"m%04d\" {\n  source     = \"../../modules/m%04d\"\n  name       = \"${local.env}-m%04d\"\n  admin_cidr = \"%s\"\n}\n\n",
				m, m, m, map[bool]string{true: "0.0.0.0/0", false: "10.0.0.0/8"}[m%9 == 0])
		}
		if err := bw.Flush(); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

func writeModule(dir string, m int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := map[string]string{
		"variables.tf": `variable "name" {
  type = string
}

variable "admin_cidr" {
  type    = string
  default = "10.0.0.0/8"
}
`,
		"main.tf": fmt.Sprintf(`resource "aws_s3_bucket" "data" {
  bucket = "${var.name}-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_security_group" "svc" {
  name   = "${var.name}-svc"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }
}

resource "aws_instance" "svc" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.svc.id]

  root_block_device {
    encrypted = %v
  }
}
`, m%4 != 0),
		"outputs.tf": `output "bucket" {
  value = aws_s3_bucket.data.id
}
`,
	}
	for _, name := range []string{"main.tf", "outputs.tf", "variables.tf"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(files[name]), 0o644); err != nil {
			return err
		}
	}
	return nil
}
