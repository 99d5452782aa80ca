resource "google_dialogflow_cx_agent" "support" {
  display_name          = "support"
  location              = "global"
  default_language_code = "en"
  time_zone             = "Europe/London"

  advanced_settings {
    logging_settings {
      enable_stackdriver_logging = true
      enable_interaction_logging = true
    }
  }
}

resource "google_dialogflow_cx_webhook" "orders" {
  parent                     = google_dialogflow_cx_agent.support.id
  display_name               = "orders"
  enable_stackdriver_logging = true

  generic_web_service {
    uri = "https://orders.example.com/hook"
  }
}
