# A key read through a KMS data source that names it by an alias: an alias
# under alias/aws/ is the AWS managed key aws/kafka, any other alias one the
# account created (perf28a: AWS-279 reads these data sources).
data "aws_kms_alias" "kafka_managed" {
  name = "alias/aws/kafka"
}

data "aws_kms_key" "team" {
  key_id = "alias/team-kafka"
}

resource "aws_msk_cluster" "managed_by_lookup" { # want AWS-332
  cluster_name           = "lookup-managed"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = data.aws_kms_alias.kafka_managed.target_key_arn # want AWS-279 "AWS managed key \"alias/aws/kafka\""
  }

  logging_info {
    broker_logs {
      s3 {
        enabled = true
        bucket  = "acme-kafka-logs"
      }
    }
  }
}

resource "aws_msk_cluster" "team_by_lookup" { # want AWS-332
  cluster_name           = "lookup-team"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = data.aws_kms_key.team.arn
  }

  logging_info {
    broker_logs {
      s3 {
        enabled = true
        bucket  = "acme-kafka-logs"
      }
    }
  }
}
