resource "aws_msk_cluster" "no_logging" { # want AWS-187 "no broker log destination is enabled" # want AWS-332
  cluster_name           = "no-logging"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

resource "aws_msk_cluster" "all_off" { # want AWS-332
  cluster_name           = "all-off"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b", "subnet-8c9d0e1f"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled = false # want AWS-187
      }
      s3 {
        enabled = false
        bucket  = "acme-kafka-logs"
      }
    }
  }
}
