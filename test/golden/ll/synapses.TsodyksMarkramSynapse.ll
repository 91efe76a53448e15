; BrainTS kernels for synapse model TsodyksMarkramSynapse (models/synapses.ts:139), method onPre(t, dt).
; _rows: the synapses of the spiking neurons; _ids: listed synapses; _update: every target neuron, every step. Arrays (fields): g, u, x, lastspike, post.I, post.V.
; Group-uniform parameters (params): w, tau, E, U, tau_d, tau_f.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'TsodyksMarkramSynapse.cpu'
source_filename = "models/synapses.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @TsodyksMarkramSynapse_onPre_rows(double** %fields, double* %params, i32* %spikes, i64 %count, i32* %rowBegin, i32* %rowEnd, i32* %col, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !6 {
entry:
  ; models/synapses.ts:148  override onPre(t: number, dt: number) {
  %g.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !9
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !9
  %u.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !9
  %u.ptr = load double*, double** %u.slot, align 8, !dbg !9
  %x.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !9
  %x.ptr = load double*, double** %x.slot, align 8, !dbg !9
  %lastspike.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !9
  %lastspike.ptr = load double*, double** %lastspike.slot, align 8, !dbg !9
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !9
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !9
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !9
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !9
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !9
  %w = load double, double* %w.slot, align 8, !dbg !9
  %tau.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !9
  %tau = load double, double* %tau.slot, align 8, !dbg !9
  %E.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !9
  %E = load double, double* %E.slot, align 8, !dbg !9
  %U.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !9
  %U = load double, double* %U.slot, align 8, !dbg !9
  %tau_d.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !9
  %tau_d = load double, double* %tau_d.slot, align 8, !dbg !9
  %tau_f.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !9
  %tau_f = load double, double* %tau_f.slot, align 8, !dbg !9
  %bad = alloca i64, align 8, !dbg !9
  store i64 0, i64* %bad, align 8, !dbg !9
  %0 = icmp sgt i64 %count, 0, !dbg !9
  br i1 %0, label %spike, label %done, !dbg !9

spike:                                            ; preds = %next.spike, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %next.spike ], !dbg !9
  %1 = getelementptr inbounds i32, i32* %spikes, i64 %q, !dbg !9
  %i = load i32, i32* %1, align 4, !dbg !9
  %2 = sext i32 %i to i64, !dbg !9
  %3 = sub i64 %count, 1, !dbg !9
  %4 = add i64 %q, 3, !dbg !9
  %5 = icmp slt i64 %4, %3, !dbg !9
  %6 = select i1 %5, i64 %4, i64 %3, !dbg !9
  %7 = getelementptr inbounds i32, i32* %spikes, i64 %6, !dbg !9
  %i.next = load i32, i32* %7, align 4, !dbg !9
  %8 = sext i32 %i.next to i64, !dbg !9
  %9 = add i64 %q, 6, !dbg !9
  %10 = icmp slt i64 %9, %3, !dbg !9
  %11 = select i1 %10, i64 %9, i64 %3, !dbg !9
  %12 = getelementptr inbounds i32, i32* %spikes, i64 %11, !dbg !9
  %i.after = load i32, i32* %12, align 4, !dbg !9
  %13 = sext i32 %i.after to i64, !dbg !9
  %14 = getelementptr inbounds i32, i32* %rowBegin, i64 %8, !dbg !9
  %row.next = load i32, i32* %14, align 4, !dbg !9
  %15 = sext i32 %row.next to i64, !dbg !9
  %16 = getelementptr inbounds i32, i32* %rowBegin, i64 %13, !dbg !9
  %17 = bitcast i32* %16 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %17, i32 0, i32 3, i32 1), !dbg !9
  %18 = add i64 %15, 0, !dbg !9
  %19 = getelementptr i32, i32* %col, i64 %18, !dbg !9
  %20 = bitcast i32* %19 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %20, i32 0, i32 3, i32 1), !dbg !9
  %21 = add i64 %15, 16, !dbg !9
  %22 = getelementptr i32, i32* %col, i64 %21, !dbg !9
  %23 = bitcast i32* %22 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %23, i32 0, i32 3, i32 1), !dbg !9
  %24 = add i64 %15, 32, !dbg !9
  %25 = getelementptr i32, i32* %col, i64 %24, !dbg !9
  %26 = bitcast i32* %25 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %26, i32 0, i32 3, i32 1), !dbg !9
  %27 = add i64 %15, 48, !dbg !9
  %28 = getelementptr i32, i32* %col, i64 %27, !dbg !9
  %29 = bitcast i32* %28 to i8*, !dbg !9
  call void @llvm.prefetch.p0i8(i8* %29, i32 0, i32 3, i32 1), !dbg !9
  %30 = getelementptr inbounds i32, i32* %rowBegin, i64 %2, !dbg !9
  %range.begin = load i32, i32* %30, align 4, !dbg !9
  %31 = sext i32 %range.begin to i64, !dbg !9
  %32 = getelementptr inbounds i32, i32* %rowEnd, i64 %2, !dbg !9
  %range.end = load i32, i32* %32, align 4, !dbg !9
  %33 = sext i32 %range.end to i64, !dbg !9
  %34 = icmp slt i64 %31, %33, !dbg !9
  br i1 %34, label %synapse, label %next.spike, !dbg !9

done:                                             ; preds = %next.spike, %entry
  ; models/synapses.ts:156  this.lastspike = t;
  %35 = load i64, i64* %bad, align 8, !dbg !10
  %36 = icmp ne i64 %35, 0, !dbg !10
  %result = zext i1 %36 to i32, !dbg !10
  ret i32 %result, !dbg !10

synapse:                                          ; preds = %synapse, %spike
  ; models/synapses.ts:148  override onPre(t: number, dt: number) {
  %x = phi i64 [ %31, %spike ], [ %x.next6, %synapse ], !dbg !9
  %37 = getelementptr inbounds i32, i32* %col, i64 %x, !dbg !9
  %j = load i32, i32* %37, align 4, !dbg !9
  %38 = sext i32 %j to i64, !dbg !9
  ; models/synapses.ts:150  this.u = this.U + (this.u - this.U) * Math.exp(-elapsed / this.tau_f);
  %u.addr = getelementptr inbounds double, double* %u.ptr, i64 %x, !dbg !11
  %u = load double, double* %u.addr, align 8, !dbg !11
  %39 = fsub double %u, %U, !dbg !12
  ; models/synapses.ts:149  const elapsed = t - this.lastspike;
  %lastspike.addr = getelementptr inbounds double, double* %lastspike.ptr, i64 %x, !dbg !13
  %lastspike = load double, double* %lastspike.addr, align 8, !dbg !13
  %40 = fsub double %t, %lastspike, !dbg !13
  %41 = fneg double %40, !dbg !13
  ; models/synapses.ts:150  this.u = this.U + (this.u - this.U) * Math.exp(-elapsed / this.tau_f);
  %42 = fdiv double %41, %tau_f, !dbg !14
  %43 = fcmp ogt double %42, 7.100000e+02, !dbg !14
  %44 = select i1 %43, double 7.100000e+02, double %42, !dbg !14
  %45 = fcmp olt double %44, -7.460000e+02, !dbg !14
  %46 = select i1 %45, double -7.460000e+02, double %44, !dbg !14
  %47 = fmul double %46, 0x3FF71547652B82FE, !dbg !14
  %48 = fadd double %47, 0x4338000000000000, !dbg !14
  %49 = bitcast double %48 to i64, !dbg !14
  %50 = sub i64 %49, 4843621399236968448, !dbg !14
  %51 = fsub double %48, 0x4338000000000000, !dbg !14
  %52 = fmul double %51, 0x3FE62E42FEE00000, !dbg !14
  %53 = fsub double %46, %52, !dbg !14
  %54 = fmul double %51, 0x3DEA39EF35793C76, !dbg !14
  %55 = fsub double %53, %54, !dbg !14
  %56 = fmul double 0x3E21F730349868CE, %55, !dbg !14
  %57 = fadd double %56, 0x3E5AF4DE97CA4194, !dbg !14
  %58 = fmul double %57, %55, !dbg !14
  %59 = fadd double %58, 0x3E927E4DB646B17E, !dbg !14
  %60 = fmul double %59, %55, !dbg !14
  %61 = fadd double %60, 0x3EC71DE0231960EB, !dbg !14
  %62 = fmul double %61, %55, !dbg !14
  %63 = fadd double %62, 0x3EFA01A01A6D889C, !dbg !14
  %64 = fmul double %63, %55, !dbg !14
  %65 = fadd double %64, 0x3F2A01A01ABE7FE1, !dbg !14
  %66 = fmul double %65, %55, !dbg !14
  %67 = fadd double %66, 0x3F56C16C16C162D4, !dbg !14
  %68 = fmul double %67, %55, !dbg !14
  %69 = fadd double %68, 0x3F811111111100DC, !dbg !14
  %70 = fmul double %69, %55, !dbg !14
  %71 = fadd double %70, 0x3FA5555555555556, !dbg !14
  %72 = fmul double %71, %55, !dbg !14
  %73 = fadd double %72, 0x3FC5555555555557, !dbg !14
  %74 = fmul double %73, %55, !dbg !14
  %75 = fadd double %74, 5.000000e-01, !dbg !14
  %76 = fmul double %55, %55, !dbg !14
  %77 = fmul double %76, %75, !dbg !14
  %78 = fsub double %77, %54, !dbg !14
  %79 = fadd double %53, %78, !dbg !14
  %80 = fsub double %79, %53, !dbg !14
  %81 = fsub double %78, %80, !dbg !14
  %82 = fadd double 1.000000e+00, %79, !dbg !14
  %83 = fsub double 1.000000e+00, %82, !dbg !14
  %84 = fadd double %83, %79, !dbg !14
  %85 = fadd double %84, %81, !dbg !14
  %86 = fadd double %82, %85, !dbg !14
  %87 = ashr i64 %50, 1, !dbg !14
  %88 = add i64 %87, 1023, !dbg !14
  %89 = shl i64 %88, 52, !dbg !14
  %90 = bitcast i64 %89 to double, !dbg !14
  %91 = fmul double %86, %90, !dbg !14
  %92 = sub i64 %50, %87, !dbg !14
  %93 = add i64 %92, 1023, !dbg !14
  %94 = shl i64 %93, 52, !dbg !14
  %95 = bitcast i64 %94 to double, !dbg !14
  %96 = fmul double %91, %95, !dbg !14
  %97 = fmul double %39, %96, !dbg !14
  %98 = fadd double %U, %97, !dbg !14
  ; models/synapses.ts:152  this.u += this.U * (1 - this.u);
  %99 = fsub double 1.000000e+00, %98, !dbg !15
  %100 = fmul double %U, %99, !dbg !15
  %u.next = fadd double %98, %100, !dbg !15
  ; models/synapses.ts:151  this.x = 1 - (1 - this.x) * Math.exp(-elapsed / this.tau_d);
  %x.addr = getelementptr inbounds double, double* %x.ptr, i64 %x, !dbg !16
  %x1 = load double, double* %x.addr, align 8, !dbg !16
  %101 = fsub double 1.000000e+00, %x1, !dbg !16
  %102 = fneg double %40, !dbg !17
  %103 = fdiv double %102, %tau_d, !dbg !18
  %104 = fcmp ogt double %103, 7.100000e+02, !dbg !18
  %105 = select i1 %104, double 7.100000e+02, double %103, !dbg !18
  %106 = fcmp olt double %105, -7.460000e+02, !dbg !18
  %107 = select i1 %106, double -7.460000e+02, double %105, !dbg !18
  %108 = fmul double %107, 0x3FF71547652B82FE, !dbg !18
  %109 = fadd double %108, 0x4338000000000000, !dbg !18
  %110 = bitcast double %109 to i64, !dbg !18
  %111 = sub i64 %110, 4843621399236968448, !dbg !18
  %112 = fsub double %109, 0x4338000000000000, !dbg !18
  %113 = fmul double %112, 0x3FE62E42FEE00000, !dbg !18
  %114 = fsub double %107, %113, !dbg !18
  %115 = fmul double %112, 0x3DEA39EF35793C76, !dbg !18
  %116 = fsub double %114, %115, !dbg !18
  %117 = fmul double 0x3E21F730349868CE, %116, !dbg !18
  %118 = fadd double %117, 0x3E5AF4DE97CA4194, !dbg !18
  %119 = fmul double %118, %116, !dbg !18
  %120 = fadd double %119, 0x3E927E4DB646B17E, !dbg !18
  %121 = fmul double %120, %116, !dbg !18
  %122 = fadd double %121, 0x3EC71DE0231960EB, !dbg !18
  %123 = fmul double %122, %116, !dbg !18
  %124 = fadd double %123, 0x3EFA01A01A6D889C, !dbg !18
  %125 = fmul double %124, %116, !dbg !18
  %126 = fadd double %125, 0x3F2A01A01ABE7FE1, !dbg !18
  %127 = fmul double %126, %116, !dbg !18
  %128 = fadd double %127, 0x3F56C16C16C162D4, !dbg !18
  %129 = fmul double %128, %116, !dbg !18
  %130 = fadd double %129, 0x3F811111111100DC, !dbg !18
  %131 = fmul double %130, %116, !dbg !18
  %132 = fadd double %131, 0x3FA5555555555556, !dbg !18
  %133 = fmul double %132, %116, !dbg !18
  %134 = fadd double %133, 0x3FC5555555555557, !dbg !18
  %135 = fmul double %134, %116, !dbg !18
  %136 = fadd double %135, 5.000000e-01, !dbg !18
  %137 = fmul double %116, %116, !dbg !18
  %138 = fmul double %137, %136, !dbg !18
  %139 = fsub double %138, %115, !dbg !18
  %140 = fadd double %114, %139, !dbg !18
  %141 = fsub double %140, %114, !dbg !18
  %142 = fsub double %139, %141, !dbg !18
  %143 = fadd double 1.000000e+00, %140, !dbg !18
  %144 = fsub double 1.000000e+00, %143, !dbg !18
  %145 = fadd double %144, %140, !dbg !18
  %146 = fadd double %145, %142, !dbg !18
  %147 = fadd double %143, %146, !dbg !18
  %148 = ashr i64 %111, 1, !dbg !18
  %149 = add i64 %148, 1023, !dbg !18
  %150 = shl i64 %149, 52, !dbg !18
  %151 = bitcast i64 %150 to double, !dbg !18
  %152 = fmul double %147, %151, !dbg !18
  %153 = sub i64 %111, %148, !dbg !18
  %154 = add i64 %153, 1023, !dbg !18
  %155 = shl i64 %154, 52, !dbg !18
  %156 = bitcast i64 %155 to double, !dbg !18
  %157 = fmul double %152, %156, !dbg !18
  %158 = fmul double %101, %157, !dbg !18
  %159 = fsub double 1.000000e+00, %158, !dbg !18
  ; models/synapses.ts:153  const released = this.u * this.x;
  %160 = fmul double %u.next, %159, !dbg !19
  %x.next = fsub double %159, %160, !dbg !19
  ; models/synapses.ts:155  this.g += this.w * released;
  %g.addr = getelementptr inbounds double, double* %g.ptr, i64 %38, !dbg !20
  %g = load double, double* %g.addr, align 8, !dbg !20
  %161 = fmul double %w, %160, !dbg !21
  %g.next = fadd double %g, %161, !dbg !21
  ; models/synapses.ts:152  this.u += this.U * (1 - this.u);
  %u.addr2 = getelementptr inbounds double, double* %u.ptr, i64 %x, !dbg !22
  store double %u.next, double* %u.addr2, align 8, !dbg !22
  %162 = fsub double %u.next, %u.next, !dbg !22
  %163 = bitcast double %162 to i64, !dbg !22
  %u.bad = or i64 0, %163, !dbg !22
  ; models/synapses.ts:154  this.x -= released;
  %x.addr3 = getelementptr inbounds double, double* %x.ptr, i64 %x, !dbg !23
  store double %x.next, double* %x.addr3, align 8, !dbg !23
  %164 = fsub double %x.next, %x.next, !dbg !23
  %165 = bitcast double %164 to i64, !dbg !23
  %x.bad = or i64 %u.bad, %165, !dbg !23
  ; models/synapses.ts:155  this.g += this.w * released;
  %g.addr4 = getelementptr inbounds double, double* %g.ptr, i64 %38, !dbg !20
  store double %g.next, double* %g.addr4, align 8, !dbg !20
  %166 = fsub double %g.next, %g.next, !dbg !20
  %167 = bitcast double %166 to i64, !dbg !20
  %g.bad = or i64 %x.bad, %167, !dbg !20
  ; models/synapses.ts:156  this.lastspike = t;
  %lastspike.addr5 = getelementptr inbounds double, double* %lastspike.ptr, i64 %x, !dbg !10
  store double %t, double* %lastspike.addr5, align 8, !dbg !10
  %168 = fsub double %t, %t, !dbg !10
  %169 = bitcast double %168 to i64, !dbg !10
  %lastspike.bad = or i64 %g.bad, %169, !dbg !10
  %170 = load i64, i64* %bad, align 8, !dbg !10
  %171 = or i64 %170, %lastspike.bad, !dbg !10
  store i64 %171, i64* %bad, align 8, !dbg !10
  %x.next6 = add i64 %x, 1, !dbg !10
  %172 = icmp slt i64 %x.next6, %33, !dbg !10
  br i1 %172, label %synapse, label %next.spike, !dbg !10

next.spike:                                       ; preds = %synapse, %spike
  %q.next = add i64 %q, 1, !dbg !10
  %173 = icmp slt i64 %q.next, %count, !dbg !10
  br i1 %173, label %spike, label %done, !dbg !10
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #1

; Function Attrs: nounwind
define i32 @TsodyksMarkramSynapse_onPre_ids(double** %fields, double* %params, i32* %ids, i64 %count, i32* %pre, i32* %col, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !24 {
entry:
  ; models/synapses.ts:148  override onPre(t: number, dt: number) {
  %g.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !25
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !25
  %u.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !25
  %u.ptr = load double*, double** %u.slot, align 8, !dbg !25
  %x.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !25
  %x.ptr = load double*, double** %x.slot, align 8, !dbg !25
  %lastspike.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !25
  %lastspike.ptr = load double*, double** %lastspike.slot, align 8, !dbg !25
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !25
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !25
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !25
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !25
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !25
  %w = load double, double* %w.slot, align 8, !dbg !25
  %tau.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !25
  %tau = load double, double* %tau.slot, align 8, !dbg !25
  %E.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !25
  %E = load double, double* %E.slot, align 8, !dbg !25
  %U.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !25
  %U = load double, double* %U.slot, align 8, !dbg !25
  %tau_d.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !25
  %tau_d = load double, double* %tau_d.slot, align 8, !dbg !25
  %tau_f.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !25
  %tau_f = load double, double* %tau_f.slot, align 8, !dbg !25
  %bad = alloca i64, align 8, !dbg !25
  store i64 0, i64* %bad, align 8, !dbg !25
  %0 = icmp sgt i64 %count, 0, !dbg !25
  br i1 %0, label %synapse, label %done, !dbg !25

synapse:                                          ; preds = %synapse, %entry
  %q = phi i64 [ 0, %entry ], [ %q.next, %synapse ], !dbg !25
  %1 = getelementptr inbounds i32, i32* %ids, i64 %q, !dbg !25
  %k = load i32, i32* %1, align 4, !dbg !25
  %2 = sext i32 %k to i64, !dbg !25
  %3 = getelementptr inbounds i32, i32* %pre, i64 %2, !dbg !25
  %i = load i32, i32* %3, align 4, !dbg !25
  %4 = sext i32 %i to i64, !dbg !25
  %5 = getelementptr inbounds i32, i32* %col, i64 %2, !dbg !25
  %j = load i32, i32* %5, align 4, !dbg !25
  %6 = sext i32 %j to i64, !dbg !25
  ; models/synapses.ts:150  this.u = this.U + (this.u - this.U) * Math.exp(-elapsed / this.tau_f);
  %u.addr = getelementptr inbounds double, double* %u.ptr, i64 %2, !dbg !26
  %u = load double, double* %u.addr, align 8, !dbg !26
  %7 = fsub double %u, %U, !dbg !27
  ; models/synapses.ts:149  const elapsed = t - this.lastspike;
  %lastspike.addr = getelementptr inbounds double, double* %lastspike.ptr, i64 %2, !dbg !28
  %lastspike = load double, double* %lastspike.addr, align 8, !dbg !28
  %8 = fsub double %t, %lastspike, !dbg !28
  %9 = fneg double %8, !dbg !28
  ; models/synapses.ts:150  this.u = this.U + (this.u - this.U) * Math.exp(-elapsed / this.tau_f);
  %10 = fdiv double %9, %tau_f, !dbg !29
  %11 = fcmp ogt double %10, 7.100000e+02, !dbg !29
  %12 = select i1 %11, double 7.100000e+02, double %10, !dbg !29
  %13 = fcmp olt double %12, -7.460000e+02, !dbg !29
  %14 = select i1 %13, double -7.460000e+02, double %12, !dbg !29
  %15 = fmul double %14, 0x3FF71547652B82FE, !dbg !29
  %16 = fadd double %15, 0x4338000000000000, !dbg !29
  %17 = bitcast double %16 to i64, !dbg !29
  %18 = sub i64 %17, 4843621399236968448, !dbg !29
  %19 = fsub double %16, 0x4338000000000000, !dbg !29
  %20 = fmul double %19, 0x3FE62E42FEE00000, !dbg !29
  %21 = fsub double %14, %20, !dbg !29
  %22 = fmul double %19, 0x3DEA39EF35793C76, !dbg !29
  %23 = fsub double %21, %22, !dbg !29
  %24 = fmul double 0x3E21F730349868CE, %23, !dbg !29
  %25 = fadd double %24, 0x3E5AF4DE97CA4194, !dbg !29
  %26 = fmul double %25, %23, !dbg !29
  %27 = fadd double %26, 0x3E927E4DB646B17E, !dbg !29
  %28 = fmul double %27, %23, !dbg !29
  %29 = fadd double %28, 0x3EC71DE0231960EB, !dbg !29
  %30 = fmul double %29, %23, !dbg !29
  %31 = fadd double %30, 0x3EFA01A01A6D889C, !dbg !29
  %32 = fmul double %31, %23, !dbg !29
  %33 = fadd double %32, 0x3F2A01A01ABE7FE1, !dbg !29
  %34 = fmul double %33, %23, !dbg !29
  %35 = fadd double %34, 0x3F56C16C16C162D4, !dbg !29
  %36 = fmul double %35, %23, !dbg !29
  %37 = fadd double %36, 0x3F811111111100DC, !dbg !29
  %38 = fmul double %37, %23, !dbg !29
  %39 = fadd double %38, 0x3FA5555555555556, !dbg !29
  %40 = fmul double %39, %23, !dbg !29
  %41 = fadd double %40, 0x3FC5555555555557, !dbg !29
  %42 = fmul double %41, %23, !dbg !29
  %43 = fadd double %42, 5.000000e-01, !dbg !29
  %44 = fmul double %23, %23, !dbg !29
  %45 = fmul double %44, %43, !dbg !29
  %46 = fsub double %45, %22, !dbg !29
  %47 = fadd double %21, %46, !dbg !29
  %48 = fsub double %47, %21, !dbg !29
  %49 = fsub double %46, %48, !dbg !29
  %50 = fadd double 1.000000e+00, %47, !dbg !29
  %51 = fsub double 1.000000e+00, %50, !dbg !29
  %52 = fadd double %51, %47, !dbg !29
  %53 = fadd double %52, %49, !dbg !29
  %54 = fadd double %50, %53, !dbg !29
  %55 = ashr i64 %18, 1, !dbg !29
  %56 = add i64 %55, 1023, !dbg !29
  %57 = shl i64 %56, 52, !dbg !29
  %58 = bitcast i64 %57 to double, !dbg !29
  %59 = fmul double %54, %58, !dbg !29
  %60 = sub i64 %18, %55, !dbg !29
  %61 = add i64 %60, 1023, !dbg !29
  %62 = shl i64 %61, 52, !dbg !29
  %63 = bitcast i64 %62 to double, !dbg !29
  %64 = fmul double %59, %63, !dbg !29
  %65 = fmul double %7, %64, !dbg !29
  %66 = fadd double %U, %65, !dbg !29
  ; models/synapses.ts:152  this.u += this.U * (1 - this.u);
  %67 = fsub double 1.000000e+00, %66, !dbg !30
  %68 = fmul double %U, %67, !dbg !30
  %u.next = fadd double %66, %68, !dbg !30
  ; models/synapses.ts:151  this.x = 1 - (1 - this.x) * Math.exp(-elapsed / this.tau_d);
  %x.addr = getelementptr inbounds double, double* %x.ptr, i64 %2, !dbg !31
  %x = load double, double* %x.addr, align 8, !dbg !31
  %69 = fsub double 1.000000e+00, %x, !dbg !31
  %70 = fneg double %8, !dbg !32
  %71 = fdiv double %70, %tau_d, !dbg !33
  %72 = fcmp ogt double %71, 7.100000e+02, !dbg !33
  %73 = select i1 %72, double 7.100000e+02, double %71, !dbg !33
  %74 = fcmp olt double %73, -7.460000e+02, !dbg !33
  %75 = select i1 %74, double -7.460000e+02, double %73, !dbg !33
  %76 = fmul double %75, 0x3FF71547652B82FE, !dbg !33
  %77 = fadd double %76, 0x4338000000000000, !dbg !33
  %78 = bitcast double %77 to i64, !dbg !33
  %79 = sub i64 %78, 4843621399236968448, !dbg !33
  %80 = fsub double %77, 0x4338000000000000, !dbg !33
  %81 = fmul double %80, 0x3FE62E42FEE00000, !dbg !33
  %82 = fsub double %75, %81, !dbg !33
  %83 = fmul double %80, 0x3DEA39EF35793C76, !dbg !33
  %84 = fsub double %82, %83, !dbg !33
  %85 = fmul double 0x3E21F730349868CE, %84, !dbg !33
  %86 = fadd double %85, 0x3E5AF4DE97CA4194, !dbg !33
  %87 = fmul double %86, %84, !dbg !33
  %88 = fadd double %87, 0x3E927E4DB646B17E, !dbg !33
  %89 = fmul double %88, %84, !dbg !33
  %90 = fadd double %89, 0x3EC71DE0231960EB, !dbg !33
  %91 = fmul double %90, %84, !dbg !33
  %92 = fadd double %91, 0x3EFA01A01A6D889C, !dbg !33
  %93 = fmul double %92, %84, !dbg !33
  %94 = fadd double %93, 0x3F2A01A01ABE7FE1, !dbg !33
  %95 = fmul double %94, %84, !dbg !33
  %96 = fadd double %95, 0x3F56C16C16C162D4, !dbg !33
  %97 = fmul double %96, %84, !dbg !33
  %98 = fadd double %97, 0x3F811111111100DC, !dbg !33
  %99 = fmul double %98, %84, !dbg !33
  %100 = fadd double %99, 0x3FA5555555555556, !dbg !33
  %101 = fmul double %100, %84, !dbg !33
  %102 = fadd double %101, 0x3FC5555555555557, !dbg !33
  %103 = fmul double %102, %84, !dbg !33
  %104 = fadd double %103, 5.000000e-01, !dbg !33
  %105 = fmul double %84, %84, !dbg !33
  %106 = fmul double %105, %104, !dbg !33
  %107 = fsub double %106, %83, !dbg !33
  %108 = fadd double %82, %107, !dbg !33
  %109 = fsub double %108, %82, !dbg !33
  %110 = fsub double %107, %109, !dbg !33
  %111 = fadd double 1.000000e+00, %108, !dbg !33
  %112 = fsub double 1.000000e+00, %111, !dbg !33
  %113 = fadd double %112, %108, !dbg !33
  %114 = fadd double %113, %110, !dbg !33
  %115 = fadd double %111, %114, !dbg !33
  %116 = ashr i64 %79, 1, !dbg !33
  %117 = add i64 %116, 1023, !dbg !33
  %118 = shl i64 %117, 52, !dbg !33
  %119 = bitcast i64 %118 to double, !dbg !33
  %120 = fmul double %115, %119, !dbg !33
  %121 = sub i64 %79, %116, !dbg !33
  %122 = add i64 %121, 1023, !dbg !33
  %123 = shl i64 %122, 52, !dbg !33
  %124 = bitcast i64 %123 to double, !dbg !33
  %125 = fmul double %120, %124, !dbg !33
  %126 = fmul double %69, %125, !dbg !33
  %127 = fsub double 1.000000e+00, %126, !dbg !33
  ; models/synapses.ts:153  const released = this.u * this.x;
  %128 = fmul double %u.next, %127, !dbg !34
  %x.next = fsub double %127, %128, !dbg !34
  ; models/synapses.ts:155  this.g += this.w * released;
  %g.addr = getelementptr inbounds double, double* %g.ptr, i64 %6, !dbg !35
  %g = load double, double* %g.addr, align 8, !dbg !35
  %129 = fmul double %w, %128, !dbg !36
  %g.next = fadd double %g, %129, !dbg !36
  ; models/synapses.ts:152  this.u += this.U * (1 - this.u);
  %u.addr1 = getelementptr inbounds double, double* %u.ptr, i64 %2, !dbg !37
  store double %u.next, double* %u.addr1, align 8, !dbg !37
  %130 = fsub double %u.next, %u.next, !dbg !37
  %131 = bitcast double %130 to i64, !dbg !37
  %u.bad = or i64 0, %131, !dbg !37
  ; models/synapses.ts:154  this.x -= released;
  %x.addr2 = getelementptr inbounds double, double* %x.ptr, i64 %2, !dbg !38
  store double %x.next, double* %x.addr2, align 8, !dbg !38
  %132 = fsub double %x.next, %x.next, !dbg !38
  %133 = bitcast double %132 to i64, !dbg !38
  %x.bad = or i64 %u.bad, %133, !dbg !38
  ; models/synapses.ts:155  this.g += this.w * released;
  %g.addr3 = getelementptr inbounds double, double* %g.ptr, i64 %6, !dbg !35
  store double %g.next, double* %g.addr3, align 8, !dbg !35
  %134 = fsub double %g.next, %g.next, !dbg !35
  %135 = bitcast double %134 to i64, !dbg !35
  %g.bad = or i64 %x.bad, %135, !dbg !35
  ; models/synapses.ts:156  this.lastspike = t;
  %lastspike.addr4 = getelementptr inbounds double, double* %lastspike.ptr, i64 %2, !dbg !39
  store double %t, double* %lastspike.addr4, align 8, !dbg !39
  %136 = fsub double %t, %t, !dbg !39
  %137 = bitcast double %136 to i64, !dbg !39
  %lastspike.bad = or i64 %g.bad, %137, !dbg !39
  %138 = load i64, i64* %bad, align 8, !dbg !39
  %139 = or i64 %138, %lastspike.bad, !dbg !39
  store i64 %139, i64* %bad, align 8, !dbg !39
  %q.next = add i64 %q, 1, !dbg !39
  %140 = icmp slt i64 %q.next, %count, !dbg !39
  br i1 %140, label %synapse, label %done, !dbg !39

done:                                             ; preds = %synapse, %entry
  %141 = load i64, i64* %bad, align 8, !dbg !39
  %142 = icmp ne i64 %141, 0, !dbg !39
  %result = zext i1 %142 to i32, !dbg !39
  ret i32 %result, !dbg !39
}

; Function Attrs: nounwind
define i32 @TsodyksMarkramSynapse_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !40 {
entry:
  ; models/synapses.ts:53  update(t: number, dt: number) {
  %g.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !41
  %g.ptr = load double*, double** %g.slot, align 8, !dbg !41
  %u.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !41
  %u.ptr = load double*, double** %u.slot, align 8, !dbg !41
  %x.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !41
  %x.ptr = load double*, double** %x.slot, align 8, !dbg !41
  %lastspike.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !41
  %lastspike.ptr = load double*, double** %lastspike.slot, align 8, !dbg !41
  %post.I.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !41
  %post.I.ptr = load double*, double** %post.I.slot, align 8, !dbg !41
  %post.V.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !41
  %post.V.ptr = load double*, double** %post.V.slot, align 8, !dbg !41
  %w.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !41
  %w = load double, double* %w.slot, align 8, !dbg !41
  %tau.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !41
  %tau = load double, double* %tau.slot, align 8, !dbg !41
  %E.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !41
  %E = load double, double* %E.slot, align 8, !dbg !41
  %U.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !41
  %U = load double, double* %U.slot, align 8, !dbg !41
  %tau_d.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !41
  %tau_d = load double, double* %tau_d.slot, align 8, !dbg !41
  %tau_f.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !41
  %tau_f = load double, double* %tau_f.slot, align 8, !dbg !41
  ; models/synapses.ts:50  return -g / this.tau;
  %u0 = fdiv double -1.000000e+00, %tau, !dbg !42
  %0 = fdiv double 0.000000e+00, %u0, !dbg !43
  %u1 = fneg double %0, !dbg !43
  ; models/synapses.ts:54  this.g = step(this.dg, this.g);
  %1 = fmul double %u0, %dt, !dbg !44
  %2 = fcmp ogt double %1, 7.100000e+02, !dbg !44
  %3 = select i1 %2, double 7.100000e+02, double %1, !dbg !44
  %4 = fcmp olt double %3, -7.460000e+02, !dbg !44
  %5 = select i1 %4, double -7.460000e+02, double %3, !dbg !44
  %6 = fmul double %5, 0x3FF71547652B82FE, !dbg !44
  %7 = fadd double %6, 0x4338000000000000, !dbg !44
  %8 = bitcast double %7 to i64, !dbg !44
  %9 = sub i64 %8, 4843621399236968448, !dbg !44
  %10 = fsub double %7, 0x4338000000000000, !dbg !44
  %11 = fmul double %10, 0x3FE62E42FEE00000, !dbg !44
  %12 = fsub double %5, %11, !dbg !44
  %13 = fmul double %10, 0x3DEA39EF35793C76, !dbg !44
  %14 = fsub double %12, %13, !dbg !44
  %15 = fmul double 0x3E21F730349868CE, %14, !dbg !44
  %16 = fadd double %15, 0x3E5AF4DE97CA4194, !dbg !44
  %17 = fmul double %16, %14, !dbg !44
  %18 = fadd double %17, 0x3E927E4DB646B17E, !dbg !44
  %19 = fmul double %18, %14, !dbg !44
  %20 = fadd double %19, 0x3EC71DE0231960EB, !dbg !44
  %21 = fmul double %20, %14, !dbg !44
  %22 = fadd double %21, 0x3EFA01A01A6D889C, !dbg !44
  %23 = fmul double %22, %14, !dbg !44
  %24 = fadd double %23, 0x3F2A01A01ABE7FE1, !dbg !44
  %25 = fmul double %24, %14, !dbg !44
  %26 = fadd double %25, 0x3F56C16C16C162D4, !dbg !44
  %27 = fmul double %26, %14, !dbg !44
  %28 = fadd double %27, 0x3F811111111100DC, !dbg !44
  %29 = fmul double %28, %14, !dbg !44
  %30 = fadd double %29, 0x3FA5555555555556, !dbg !44
  %31 = fmul double %30, %14, !dbg !44
  %32 = fadd double %31, 0x3FC5555555555557, !dbg !44
  %33 = fmul double %32, %14, !dbg !44
  %34 = fadd double %33, 5.000000e-01, !dbg !44
  %35 = fmul double %14, %14, !dbg !44
  %36 = fmul double %35, %34, !dbg !44
  %37 = fsub double %36, %13, !dbg !44
  %38 = fadd double %12, %37, !dbg !44
  %39 = fsub double %38, %12, !dbg !44
  %40 = fsub double %37, %39, !dbg !44
  %41 = fadd double 1.000000e+00, %38, !dbg !44
  %42 = fsub double 1.000000e+00, %41, !dbg !44
  %43 = fadd double %42, %38, !dbg !44
  %44 = fadd double %43, %40, !dbg !44
  %45 = fadd double %41, %44, !dbg !44
  %46 = ashr i64 %9, 1, !dbg !44
  %47 = add i64 %46, 1023, !dbg !44
  %48 = shl i64 %47, 52, !dbg !44
  %49 = bitcast i64 %48 to double, !dbg !44
  %50 = fmul double %45, %49, !dbg !44
  %51 = sub i64 %9, %46, !dbg !44
  %52 = add i64 %51, 1023, !dbg !44
  %53 = shl i64 %52, 52, !dbg !44
  %54 = bitcast i64 %53 to double, !dbg !44
  %u3 = fmul double %50, %54, !dbg !44
  %55 = icmp slt i64 %begin, %end, !dbg !44
  br i1 %55, label %neuron, label %done, !dbg !44

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !44
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !44
  %56 = fcmp oeq double %u0, 0.000000e+00, !dbg !44
  %g.addr = getelementptr inbounds double, double* %g.ptr, i64 %i, !dbg !45
  %g = load double, double* %g.addr, align 8, !dbg !45
  ; models/synapses.ts:50  return -g / this.tau;
  %57 = fneg double %g, !dbg !43
  %58 = fdiv double %57, %tau, !dbg !42
  %59 = fmul double %dt, %58, !dbg !42
  %60 = fadd double %g, %59, !dbg !42
  ; models/synapses.ts:54  this.g = step(this.dg, this.g);
  %61 = fadd double %g, %0, !dbg !44
  %62 = fmul double %61, %u3, !dbg !44
  %63 = fadd double %u1, %62, !dbg !44
  %g.next = select i1 %56, double %60, double %63, !dbg !44
  ; models/synapses.ts:55  this.post.I += this.g * (this.E - this.post.V);
  %post.I.addr = getelementptr inbounds double, double* %post.I.ptr, i64 %i, !dbg !46
  %post.I = load double, double* %post.I.addr, align 8, !dbg !46
  %post.V.addr = getelementptr inbounds double, double* %post.V.ptr, i64 %i, !dbg !47
  %post.V = load double, double* %post.V.addr, align 8, !dbg !47
  %64 = fsub double %E, %post.V, !dbg !47
  %65 = fmul double %g.next, %64, !dbg !47
  %post.I.next = fadd double %post.I, %65, !dbg !47
  ; models/synapses.ts:54  this.g = step(this.dg, this.g);
  %g.addr1 = getelementptr inbounds double, double* %g.ptr, i64 %i, !dbg !48
  store double %g.next, double* %g.addr1, align 8, !dbg !48
  %66 = fsub double %g.next, %g.next, !dbg !48
  %67 = bitcast double %66 to i64, !dbg !48
  %g.bad = or i64 0, %67, !dbg !48
  ; models/synapses.ts:55  this.post.I += this.g * (this.E - this.post.V);
  %post.I.addr2 = getelementptr inbounds double, double* %post.I.ptr, i64 %i, !dbg !46
  store double %post.I.next, double* %post.I.addr2, align 8, !dbg !46
  %bad.next = or i64 %bad, %g.bad, !dbg !46
  %i.next = add i64 %i, 1, !dbg !46
  %68 = icmp slt i64 %i.next, %end, !dbg !46
  br i1 %68, label %neuron, label %done, !dbg !46

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !46
  %69 = icmp ne i64 %bad.bits, 0, !dbg !46
  %result = zext i1 %69 to i32, !dbg !46
  ret i32 %result, !dbg !46
}

attributes #0 = { nounwind }
attributes #1 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2, !4, !5}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "synapses.ts", directory: "models")
!4 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!5 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!6 = distinct !DISubprogram(name: "TsodyksMarkramSynapse.onPre_rows", linkageName: "TsodyksMarkramSynapse_onPre_rows", scope: !3, file: !3, line: 148, type: !7, scopeLine: 148, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !8)
!7 = !DISubroutineType(types: !8)
!8 = !{}
!9 = !DILocation(line: 148, column: 3, scope: !6)
!10 = !DILocation(line: 156, column: 5, scope: !6)
!11 = !DILocation(line: 150, column: 24, scope: !6)
!12 = !DILocation(line: 150, column: 33, scope: !6)
!13 = !DILocation(line: 149, column: 25, scope: !6)
!14 = !DILocation(line: 150, column: 63, scope: !6)
!15 = !DILocation(line: 152, column: 25, scope: !6)
!16 = !DILocation(line: 151, column: 23, scope: !6)
!17 = !DILocation(line: 151, column: 42, scope: !6)
!18 = !DILocation(line: 151, column: 53, scope: !6)
!19 = !DILocation(line: 153, column: 22, scope: !6)
!20 = !DILocation(line: 155, column: 5, scope: !6)
!21 = !DILocation(line: 155, column: 15, scope: !6)
!22 = !DILocation(line: 152, column: 5, scope: !6)
!23 = !DILocation(line: 154, column: 5, scope: !6)
!24 = distinct !DISubprogram(name: "TsodyksMarkramSynapse.onPre_ids", linkageName: "TsodyksMarkramSynapse_onPre_ids", scope: !3, file: !3, line: 148, type: !7, scopeLine: 148, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !4, retainedNodes: !8)
!25 = !DILocation(line: 148, column: 3, scope: !24)
!26 = !DILocation(line: 150, column: 24, scope: !24)
!27 = !DILocation(line: 150, column: 33, scope: !24)
!28 = !DILocation(line: 149, column: 25, scope: !24)
!29 = !DILocation(line: 150, column: 63, scope: !24)
!30 = !DILocation(line: 152, column: 25, scope: !24)
!31 = !DILocation(line: 151, column: 23, scope: !24)
!32 = !DILocation(line: 151, column: 42, scope: !24)
!33 = !DILocation(line: 151, column: 53, scope: !24)
!34 = !DILocation(line: 153, column: 22, scope: !24)
!35 = !DILocation(line: 155, column: 5, scope: !24)
!36 = !DILocation(line: 155, column: 15, scope: !24)
!37 = !DILocation(line: 152, column: 5, scope: !24)
!38 = !DILocation(line: 154, column: 5, scope: !24)
!39 = !DILocation(line: 156, column: 5, scope: !24)
!40 = distinct !DISubprogram(name: "TsodyksMarkramSynapse.update", linkageName: "TsodyksMarkramSynapse_update", scope: !3, file: !3, line: 53, type: !7, scopeLine: 53, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !5, retainedNodes: !8)
!41 = !DILocation(line: 53, column: 3, scope: !40)
!42 = !DILocation(line: 50, column: 17, scope: !40)
!43 = !DILocation(line: 50, column: 12, scope: !40)
!44 = !DILocation(line: 54, column: 14, scope: !40)
!45 = !DILocation(line: 54, column: 28, scope: !40)
!46 = !DILocation(line: 55, column: 5, scope: !40)
!47 = !DILocation(line: 55, column: 39, scope: !40)
!48 = !DILocation(line: 54, column: 5, scope: !40)
; braints-hash: ecce465413cea1fa620eae879cf9b0759760ee4a10567f0e37dcc23118814a57
