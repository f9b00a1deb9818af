package hotline.workorder.web;

import hotline.workorder.Channel;
import hotline.workorder.NewWorkOrder;
import hotline.workorder.Urgency;
import hotline.workorder.WorkOrderType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The intake form (受理单). Query parameters pre-fill it from the contact on the line: {@code contactRef},
 * {@code customerId}, {@code customerName}, {@code customerPhone}, {@code customerAddress}, {@code accountNumber}.
 */
class IntakeForm {

    @NotNull
    private WorkOrderType type = WorkOrderType.CONSULTATION;
    private Long categoryId;
    @NotNull
    private Urgency urgency = Urgency.NORMAL;
    private boolean confidential;
    @NotBlank
    @Size(max = 200)
    private String title;
    @NotBlank
    @Size(max = 10_000)
    private String description;
    @NotNull
    private Channel channel = Channel.PHONE;
    @Size(max = 100)
    private String contactRef;
    private Long customerId;
    @Size(max = 100)
    private String customerName;
    @Pattern(regexp = "^$|^[0-9+\\- ]{3,20}$")
    private String customerPhone;
    @Size(max = 300)
    private String customerAddress;
    @Size(max = 40)
    private String accountNumber;
    private Long departmentId;
    @Size(max = 10_000)
    private String onSpotReply;

    NewWorkOrder toRequest() {
        return new NewWorkOrder(type, categoryId, urgency, confidential, title, description, channel, contactRef,
                customerId, customerName, customerPhone, customerAddress, accountNumber, departmentId, onSpotReply);
    }

    public WorkOrderType getType() { return type; }
    public void setType(WorkOrderType type) { this.type = type; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean confidential) { this.confidential = confidential; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getContactRef() { return contactRef; }
    public void setContactRef(String contactRef) { this.contactRef = contactRef; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public String getCustomerName() { return customerName; }
    public void setCustomerName(String customerName) { this.customerName = customerName; }
    public String getCustomerPhone() { return customerPhone; }
    public void setCustomerPhone(String customerPhone) { this.customerPhone = customerPhone; }
    public String getCustomerAddress() { return customerAddress; }
    public void setCustomerAddress(String customerAddress) { this.customerAddress = customerAddress; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String accountNumber) { this.accountNumber = accountNumber; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getOnSpotReply() { return onSpotReply; }
    public void setOnSpotReply(String onSpotReply) { this.onSpotReply = onSpotReply; }
}
