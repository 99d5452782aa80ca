variable "shares" {
  description = "Team file systems."
  type        = set(string)
  default     = ["finance", "research"]
}

resource "aws_efs_file_system" "team" { # want AWS-169 "kms_key_id"
  for_each       = var.shares
  creation_token = each.key
  encrypted      = true
}

resource "aws_fsx_lustre_file_system" "scratchpad" { # want AWS-169
  storage_capacity            = 1200
  subnet_ids                  = ["subnet-0123456789abcdef0"]
  deployment_type             = "PERSISTENT_2"
  per_unit_storage_throughput = 125
}

resource "aws_fsx_windows_file_system" "home" { # want AWS-169
  active_directory_id = "d-1234567890"
  storage_capacity    = 32
  subnet_ids          = ["subnet-0123456789abcdef0"]
  throughput_capacity = 8
}

resource "aws_kinesis_stream" "events" {
  name             = "events"
  shard_count      = 1
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis" # want AWS-169 "AWS managed"
  retention_period = 48
}

resource "aws_kinesis_video_stream" "cameras" { # want AWS-169
  name                    = "cameras"
  data_retention_in_hours = 24
}

resource "aws_sagemaker_domain" "studio" { # want AWS-169
  domain_name             = "studio"
  auth_mode               = "IAM"
  app_network_access_type = "VpcOnly"
  vpc_id                  = "vpc-0123456789abcdef0"
  subnet_ids              = ["subnet-0123456789abcdef0"]
  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/studio"
  }
}

resource "aws_imagebuilder_component" "hardening" { # want AWS-169
  name     = "hardening"
  platform = "Linux"
  version  = "1.0.0"
  data = yamlencode({
    schemaVersion = 1.0
    phases = [{
      name  = "build"
      steps = [{ name = "patch", action = "ExecuteBash", inputs = { commands = ["dnf -y update"] } }]
    }]
  })
}

resource "aws_docdb_cluster_parameter_group" "audited" {
  family = "docdb5.0"
  name   = "audited"
  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "catalog" { # want AWS-169
  cluster_identifier              = "catalog"
  master_username                 = "catalog"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audited.name
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  user_group_ids             = ["sessions-users"]
  kms_key_id                 = "arn:aws:kms:eu-west-1:111122223333:alias/aws/elasticache" # want AWS-169 "AWS managed"
}

resource "aws_codebuild_project" "build" { # want AWS-169
  name         = "build"
  service_role = "arn:aws:iam::111122223333:role/codebuild"
  artifacts {
    type     = "S3"
    location = "artifacts-bucket"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
}
