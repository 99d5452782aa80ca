# A key read through a KMS data source that names it by an alias: an alias
# under alias/aws/ is the service's AWS managed key, any other alias one
# the account created (perf28a: AWS-141 reads these data sources).
data "aws_kms_alias" "sns_managed" {
  name = "alias/aws/sns"
}

data "aws_kms_key" "team" {
  key_id = "alias/team-topics"
}

resource "aws_sns_topic" "managed_by_lookup" {
  name              = "lookup-managed"
  kms_master_key_id = data.aws_kms_alias.sns_managed.target_key_arn # want AWS-141 "AWS managed key \"alias/aws/sns\""
}

resource "aws_sns_topic" "team_by_lookup" {
  name              = "lookup-team"
  kms_master_key_id = data.aws_kms_key.team.arn
}
