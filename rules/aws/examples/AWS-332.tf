resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0a1b2c3d", "subnet-0b1b2c3d", "subnet-0c1b2c3d"]
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  client_authentication {
    unauthenticated = false
    sasl {
      iam = true
    }
  }
}
