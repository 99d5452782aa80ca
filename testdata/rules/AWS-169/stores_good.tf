resource "aws_kms_key" "data" {
  description         = "data stores"
  enable_key_rotation = true
}

resource "aws_efs_file_system" "team" {
  creation_token = "team"
  encrypted      = true
  kms_key_id     = aws_kms_key.data.arn
}

# A scratch Lustre file system cannot take a key of the account.
resource "aws_fsx_lustre_file_system" "scratchpad" {
  storage_capacity = 1200
  subnet_ids       = ["subnet-0123456789abcdef0"]
}

resource "aws_fsx_ontap_file_system" "nas" {
  storage_capacity    = 1024
  subnet_ids          = ["subnet-0123456789abcdef0"]
  preferred_subnet_id = "subnet-0123456789abcdef0"
  deployment_type     = "SINGLE_AZ_1"
  throughput_capacity = 512
  kms_key_id          = aws_kms_key.data.arn
}

resource "aws_kinesis_stream" "events" {
  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.data.id
}

resource "aws_kinesis_video_stream" "cameras" {
  name                    = "cameras"
  data_retention_in_hours = 24
  kms_key_id              = aws_kms_key.data.arn
}

resource "aws_codebuild_project" "build" {
  name           = "build"
  service_role   = "arn:aws:iam::111122223333:role/codebuild"
  encryption_key = aws_kms_key.data.arn
  artifacts {
    type = "NO_ARTIFACTS"
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
